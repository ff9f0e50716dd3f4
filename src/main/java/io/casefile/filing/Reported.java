package io.casefile.filing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

/**
 * One value one filing reports for a concept over a period, as the company facts file
 * gives it. {@code fiscalYear} and {@code fiscalPeriod} are the <em>filing's</em> (a 10-Q
 * for Q3 2025 also reports the nine months of 2024 with {@code fy} 2025), so periods are
 * told by their first and last day, never by these.
 *
 * @param metric the metric the concept gives ({@link Concepts})
 * @param concept the us-gaap concept, such as
 * {@code NetCashProvidedByUsedInOperatingActivities}
 * @param start the period's first day
 * @param end the period's last day
 * @param value the value in dollars, exact
 * @param accession the filing's accession number, {@code 0001018724-25-000123}
 * @param fiscalYear the filing's fiscal year ({@code fy})
 * @param fiscalPeriod the filing's fiscal period ({@code fp}: Q1, Q2, Q3, FY)
 * @param form the form filed: 10-Q, 10-K, 10-Q/A, 10-K/A...
 * @param filed the day the filing was filed
 */
record Reported(String metric, String concept, LocalDate start, LocalDate end, BigDecimal value, String accession,
		@Nullable Integer fiscalYear, @Nullable String fiscalPeriod, String form, LocalDate filed) {

	/** The period's length in days, both ends counted. */
	long days() {
		return ChronoUnit.DAYS.between(this.start, this.end) + 1;
	}

}
