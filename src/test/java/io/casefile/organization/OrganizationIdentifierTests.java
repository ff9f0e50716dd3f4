package io.casefile.organization;

import io.casefile.system.InvalidArgumentException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Identifiers have one written form each, whatever form a list gives them in, and are
 * written {@code type:value} where a name could be given.
 */
class OrganizationIdentifierTests {

	@Test
	void aCikIsTenDigitsHoweverItIsWritten() {
		assertThat(new OrganizationIdentifier(IdentifierType.CIK, "1018724").value()).isEqualTo("0001018724");
		assertThat(new OrganizationIdentifier(IdentifierType.CIK, "CIK0001018724").value()).isEqualTo("0001018724");
		assertThat(new OrganizationIdentifier(IdentifierType.CIK, "1018724").key()).isEqualTo("CIK:0001018724");
	}

	@Test
	void aShareClassIsOneTickerWhateverItsSeparator() {
		assertThat(new OrganizationIdentifier(IdentifierType.TICKER, "brk-b").value()).isEqualTo("BRK.B");
		assertThat(new OrganizationIdentifier(IdentifierType.TICKER, "BRK/B").value()).isEqualTo("BRK.B");
	}

	@Test
	void identifiersAreWrittenTypeColonValue() {
		assertThat(OrganizationIdentifier.parse("cik:1018724")).hasValueSatisfying(
				(i) -> assertThat(i).isEqualTo(new OrganizationIdentifier(IdentifierType.CIK, "0001018724")));
		assertThat(OrganizationIdentifier.parse("ticker:NASDAQ:AMZN")).hasValueSatisfying((i) -> {
			assertThat(i.value()).isEqualTo("AMZN");
			assertThat(i.exchange()).isEqualTo("NASDAQ");
		});
		assertThat(OrganizationIdentifier.parse("domain:https://www.amazon.com/about"))
			.hasValueSatisfying((i) -> assertThat(i.value()).isEqualTo("amazon.com"));
		// A name is not an identifier: a company named "Dash" is not the ticker DASH.
		assertThat(OrganizationIdentifier.parse("Dash")).isEmpty();
		assertThat(OrganizationIdentifier.parse("DASH")).isEmpty();
	}

	@Test
	void aValueThatIsNotOfItsTypeIsRefusedWithWhatItShouldBe() {
		assertThatExceptionOfType(InvalidArgumentException.class)
			.isThrownBy(() -> OrganizationIdentifier.parse("cik:amazon"))
			.withMessageContaining("is not a CIK");
		assertThatExceptionOfType(InvalidArgumentException.class)
			.isThrownBy(() -> new OrganizationIdentifier(IdentifierType.WIKIDATA, "3884"));
	}

	@Test
	void anLeiMustHaveItsCheckDigitsRight() {
		// Amazon.com, Inc.'s LEI.
		assertThat(new OrganizationIdentifier(IdentifierType.LEI, "ZXTILKJKG63JELOEG630").value())
			.isEqualTo("ZXTILKJKG63JELOEG630");
		assertThatExceptionOfType(InvalidArgumentException.class)
			.isThrownBy(() -> new OrganizationIdentifier(IdentifierType.LEI, "ZXTILKJKG63JELOEG631"));
	}

}
