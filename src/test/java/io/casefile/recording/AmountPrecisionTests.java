package io.casefile.recording;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rounded amount agrees with the exact one it rounds: "$83 billion" and 82,999,000,000
 * are one claim, not a dispute; "$83 billion" and "$85 billion" are two.
 */
class AmountPrecisionTests {

	@Test
	void aRoundedFigureAgreesWithTheExactOneItRounds() {
		assertThat(AmountPrecision.agree(new BigDecimal("83000000000"), "$83 billion", new BigDecimal("82999000000"),
				null))
			.isTrue();
		assertThat(AmountPrecision.agree(new BigDecimal("-4800000000"), "a loss of $4.8 billion",
				new BigDecimal("-4812000000"), null))
			.isTrue();
	}

	@Test
	void twoStatedFiguresThatCannotMeanTheSameDisagree() {
		assertThat(AmountPrecision.agree(new BigDecimal("83000000000"), "$83 billion", new BigDecimal("85000000000"),
				"$85 billion"))
			.isFalse();
		assertThat(AmountPrecision.agree(new BigDecimal("-4800000000"), "a loss of $4.8 billion",
				new BigDecimal("-4900000000"), null))
			.isFalse();
		// Two exact figures agree only when equal.
		assertThat(AmountPrecision.agree(new BigDecimal("82999000000"), null, new BigDecimal("82999000001"), null))
			.isFalse();
	}

	@Test
	void theUnitIsTheLastDigitStatedOfTheNumberThatStatesTheValue() {
		assertThat(AmountPrecision.unit(new BigDecimal("1150000000000"), "$1.15 trillion"))
			.isEqualByComparingTo("10000000000");
		assertThat(AmountPrecision.unit(new BigDecimal("83000000000"), "in 2024, $83 billion"))
			.isEqualByComparingTo("1000000000");
		assertThat(AmountPrecision.unit(new BigDecimal("200000"), "$200,000")).isEqualByComparingTo("1");
		assertThat(AmountPrecision.unit(new BigDecimal("82999000000"), null)).isEqualByComparingTo("1");
	}

}
