package io.casefile.recording;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What may be written: clean text, web addresses, names a spreadsheet would not run, and
 * numbers within plausible bounds; refused with a reason, never altered.
 */
class FactRulesTests {

	@Test
	void controlCharactersAndBrokenCharactersAreRefused() {
		assertThat(FactRules.name("Ac\u0000me")).contains("control character (U+0000)");
		assertThat(FactRules.name("Acme\u0085")).contains("control character (U+0085)");
		assertThat(FactRules.name("Acme \uD800")).contains("broken character");
		assertThat(FactRules.name("Acme\tCorp")).contains("line break or tab");
		// Prose may hold line breaks; a name may hold any letter of any script.
		assertThat(FactRules.prose("First line.\nSecond line.", FactRules.PROSE)).isNull();
		assertThat(FactRules.name("Nestlé 株式会社 😀")).isNull();
	}

	@Test
	void aNameASpreadsheetWouldRunIsRefusedButNotOneThatMerelyStartsWithASign() {
		assertThat(FactRules.name("=HYPERLINK(\"https://evil.example\",\"x\")")).contains("spreadsheet formula");
		assertThat(FactRules.name("+SUM(A1:A9)")).contains("spreadsheet formula");
		assertThat(FactRules.name("@Home Network")).isNull();
		assertThat(FactRules.name("-ish Studio")).isNull();
	}

	@Test
	void onlyWebAddressesMayNameASource() {
		assertThat(FactRules.url("https://www.cnbc.com/2025/10/28/amazon-layoffs.html")).isNull();
		assertThat(FactRules.url("https://ir.ironnet.com/financials/all-sec-filings##document-520")).isNull();
		assertThat(FactRules.url("javascript:alert(1)")).contains("\"javascript:\"");
		assertThat(FactRules.url("file:///etc/passwd")).contains("\"file:\"");
		assertThat(FactRules.url("https://")).contains("no host");
		assertThat(FactRules.looksLikeAddress("Internal memo")).isFalse();
		assertThat(FactRules.looksLikeAddress("javascript:alert(1)")).isTrue();
	}

	@Test
	void numbersMustBePlausible() {
		assertThat(FactRules.headcount(14_000)).isNull();
		assertThat(FactRules.headcount(-1)).contains("negative");
		assertThat(FactRules.headcount(1_000_000_000_000L)).contains("more than any employer's workforce");
		assertThat(FactRules.amount(new BigDecimal("125000000000"))).isNull();
		assertThat(FactRules.amount(new BigDecimal("1e15"))).isNotNull();
		assertThat(FactRules.fiscalYear(2025)).isNull();
		assertThat(FactRules.fiscalYear(20250)).isNotNull();
	}

	@Test
	void aTextLongerThanItsLimitSaysHowLong() {
		assertThat(FactRules.line("x".repeat(301), FactRules.NAME))
			.isEqualTo("it is 301 characters long; the most it may have is 300");
	}

}
