package io.casefile.organization;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How sources' spellings of one company meet: the match key sets aside case, punctuation,
 * accents, "&" and legal forms, and nothing else.
 */
class OrganizationNamesTests {

	@Test
	void legalFormsAndPunctuationAreSetAside() {
		assertThat(OrganizationNames.matchKey("Amazon.com, Inc.")).isEqualTo("amazon com");
		assertThat(OrganizationNames.matchKey("Amazon.com Inc")).isEqualTo("amazon com");
		assertThat(OrganizationNames.matchKey("eBay Inc.")).isEqualTo("ebay");
		assertThat(OrganizationNames.matchKey("Meta Platforms, Inc.")).isEqualTo("meta platforms");
		assertThat(OrganizationNames.matchKey("Bank of America Corporation")).isEqualTo("bank of america");
		assertThat(OrganizationNames.matchKey("The Goldman Sachs Group, Inc.")).isEqualTo("goldman sachs");
		assertThat(OrganizationNames.matchKey("Siemens AG")).isEqualTo("siemens");
		assertThat(OrganizationNames.matchKey("ASML Holding N.V.")).isEqualTo("asml");
		assertThat(OrganizationNames.matchKey("Banco Santander, S.A.")).isEqualTo("banco santander");
		assertThat(OrganizationNames.matchKey("Unilever PLC")).isEqualTo("unilever");
		assertThat(OrganizationNames.matchKey("Arthur J. Gallagher & Co.")).isEqualTo("arthur j gallagher");
	}

	@Test
	void andIsAmpersandAndAccentsDoNotMatter() {
		assertThat(OrganizationNames.matchKey("Johnson & Johnson"))
			.isEqualTo(OrganizationNames.matchKey("Johnson and Johnson"));
		assertThat(OrganizationNames.matchKey("Nestlé S.A.")).isEqualTo(OrganizationNames.matchKey("Nestle"));
		assertThat(OrganizationNames.matchKey("AT&T Inc.")).isEqualTo("at and t");
	}

	@Test
	void aNameThatIsOnlyALegalFormStaysItself() {
		assertThat(OrganizationNames.matchKey("Group")).isEqualTo("group");
		assertThat(OrganizationNames.matchKey("The Company")).isEqualTo("company");
		assertThat(OrganizationNames.matchKey("AG")).isEqualTo("ag");
	}

	@Test
	void shareClassesAreOneCompany() {
		assertThat(OrganizationNames.matchKey("Alphabet Inc. (Class A)")).isEqualTo("alphabet");
		assertThat(OrganizationNames.matchKey("Fox Corporation (Class B)"))
			.isEqualTo(OrganizationNames.matchKey("Fox Corporation (Class A)"));
		assertThat(OrganizationNames.matchKey("Discovery (Series C)")).isEqualTo("discovery");
	}

	@Test
	void differentCompaniesStayApart() {
		assertThat(OrganizationNames.matchKey("Amazon.com")).isNotEqualTo(OrganizationNames.matchKey("Amazon"));
		assertThat(OrganizationNames.matchKey("Delta Air Lines")).isNotEqualTo(OrganizationNames.matchKey("Delta"));
	}

	@Test
	void theKeyIsTheNameWhateverItsCaseAndSpacing() {
		assertThat(OrganizationNames.key("  Amazon.com,   Inc. ")).isEqualTo("amazon.com, inc.");
	}

}
