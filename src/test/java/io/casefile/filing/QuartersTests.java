package io.casefile.filing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.casefile.recording.RecordingRejectedException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Quarters as filers report them, from company facts files written for the test in the
 * SEC's shape ({@code src/test/resources/filing}): figures the filings give, quarters
 * derived from years to date, free cash flow, restatements, fiscal years that are not
 * calendar years. No database: this is the reading and the arithmetic.
 */
class QuartersTests {

	static CompanyFacts read(String file) throws IOException {
		try (InputStream in = QuartersTests.class.getResourceAsStream("/filing/" + file)) {
			return CompanyFactsReader.read(in, file);
		}
	}

	static Quarters.Quarter quarter(List<Quarters.Quarter> quarters, String end) {
		return quarters.stream().filter((q) -> q.end().toString().equals(end)).findFirst().orElseThrow();
	}

	static List<Long> values(Quarters.Quarter quarter, String metric) {
		return quarter.figures().get(metric).stream().map((c) -> c.value().longValueExact()).toList();
	}

	@Test
	void onlyTheFlowsOfTheMappedConceptsAreReadBalancesAndOtherConceptsAreSkipped() throws IOException {
		CompanyFacts amazon = read("CIK0001018724.json");
		assertThat(amazon.cik()).isEqualTo(1018724L);
		assertThat(amazon.name()).isEqualTo("AMAZON.COM, INC.");
		assertThat(amazon.reported()).extracting(Reported::concept)
			.doesNotContain("Assets", "OperatingIncomeLoss", "EntityCommonStockSharesOutstanding")
			.contains("NetCashProvidedByUsedInOperatingActivities", "PaymentsToAcquireProductiveAssets");
		assertThat(amazon.reported()).hasSize(31);
	}

	@Test
	void amazonsQuartersAreEveryQuarterTheFilingsGiveOrLetDerive() throws IOException {
		List<Quarters.Quarter> quarters = Quarters.of(read("CIK0001018724.json").reported());
		assertThat(quarters).extracting(Quarters.Quarter::name)
			.containsExactly("Q4 2023", "Q1 2024", "Q2 2024", "Q3 2024", "Q4 2024", "Q1 2025", "Q2 2025", "Q3 2025");
		assertThat(quarters).allMatch(Quarters.Quarter::calendar);
		Quarters.Quarter q4of2023 = quarter(quarters, "2023-12-31");
		// The 10-K's 2023 comparative less the nine months of 2023: operating cash flow
		// only, so no free cash flow.
		assertThat(q4of2023.figures()).containsOnlyKeys("OPERATING_CASH_FLOW");
		assertThat(values(q4of2023, "OPERATING_CASH_FLOW")).containsExactly(24_946_000_000L);
	}

	@Test
	void theThirdQuarterOf2025IsTheNineMonthsLessTheSixAndItsFreeCashFlowIsNegative() throws IOException {
		Quarters.Quarter q3 = quarter(Quarters.of(read("CIK0001018724.json").reported()), "2025-09-30");
		assertThat(values(q3, "OPERATING_CASH_FLOW")).containsExactly(30_470_000_000L);
		assertThat(values(q3, "CAPITAL_EXPENDITURE")).containsExactly(35_260_000_000L);
		assertThat(values(q3, "FREE_CASH_FLOW")).containsExactly(-4_790_000_000L);
		assertThat(values(q3, "REVENUE")).containsExactly(180_169_000_000L);
		Quarters.Claim operating = q3.figures().get("OPERATING_CASH_FLOW").get(0);
		assertThat(operating.method()).isEqualTo(
				"derived: the nine months to 2025-09-30 minus the six months to 2025-06-30, as the filings report them year to date");
		assertThat(operating.excerpt())
			.isEqualTo("NetCashProvidedByUsedInOperatingActivities, 2025-01-01 to 2025-09-30: 80,000,000,000 USD "
					+ "(10-Q 0001018724-25-000123, filed 2025-10-31); NetCashProvidedByUsedInOperatingActivities, "
					+ "2025-01-01 to 2025-06-30: 49,530,000,000 USD (10-Q 0001018724-25-000086, filed 2025-08-01)");
		assertThat(operating.filing().accession()).isEqualTo("0001018724-25-000123");
		// The quarter's revenue is in the filing as it is: not derived.
		assertThat(q3.figures().get("REVENUE").get(0).method()).isNull();
		assertThat(q3.firstFiling().filed()).isEqualTo(LocalDate.of(2025, 10, 31));
	}

	@Test
	void theFourthQuarterIsTheFiscalYearLessTheNineMonths() throws IOException {
		Quarters.Quarter q4 = quarter(Quarters.of(read("CIK0001018724.json").reported()), "2024-12-31");
		assertThat(values(q4, "OPERATING_CASH_FLOW")).containsExactly(35_877_000_000L);
		assertThat(values(q4, "CAPITAL_EXPENDITURE")).containsExactly(28_004_000_000L);
		assertThat(values(q4, "FREE_CASH_FLOW")).containsExactly(7_873_000_000L);
		assertThat(values(q4, "REVENUE")).containsExactly(187_959_000_000L);
		assertThat(q4.figures().get("REVENUE").get(0).method()).startsWith("derived: the fiscal year to 2024-12-31");
		// Known when the 10-K was filed.
		assertThat(q4.firstFiling().form()).isEqualTo("10-K");
	}

	@Test
	void aRestatementIsASecondClaimCitedToTheAmendmentAndRepeatsAreNot() throws IOException {
		List<Quarters.Quarter> quarters = Quarters.of(read("CIK0001018724.json").reported());
		Quarters.Quarter q1 = quarter(quarters, "2025-03-31");
		assertThat(values(q1, "OPERATING_CASH_FLOW")).containsExactly(17_015_000_000L, 16_515_000_000L);
		assertThat(q1.figures().get("OPERATING_CASH_FLOW"))
			.extracting((c) -> c.filing().form() + " " + c.filing().filed())
			.containsExactly("10-Q 2025-05-02", "10-Q/A 2025-06-13");
		assertThat(values(q1, "FREE_CASH_FLOW")).containsExactly(3_015_000_000L, 2_515_000_000L);
		// The second quarter is the six months less the first quarter as restated by
		// then.
		assertThat(values(quarter(quarters, "2025-06-30"), "OPERATING_CASH_FLOW")).containsExactly(33_015_000_000L);
		// The 2025 10-Q repeats the third quarter of 2024 with the same value: one claim.
		assertThat(quarter(quarters, "2024-09-30").figures().get("REVENUE")).hasSize(1);
	}

	@Test
	void aQuarterWhoseYearToDateCameInALaterFilingIsKnownFromThatFiling() throws IOException {
		// Q3 2024: the nine months were filed on 1 November 2024, the six months only as
		// the 2025 10-Q's comparative on 1 August 2025.
		Quarters.Quarter q3 = quarter(Quarters.of(read("CIK0001018724.json").reported()), "2024-09-30");
		assertThat(values(q3, "OPERATING_CASH_FLOW")).containsExactly(35_000_000_000L);
		assertThat(q3.figures().get("OPERATING_CASH_FLOW").get(0).filing().filed()).isEqualTo(LocalDate.of(2025, 8, 1));
		assertThat(values(q3, "FREE_CASH_FLOW")).containsExactly(12_500_000_000L);
		// Its revenue was in the 10-Q of 1 November 2024, which reported the quarter.
		assertThat(q3.firstFiling().filed()).isEqualTo(LocalDate.of(2024, 11, 1));
	}

	@Test
	void aJuneFiscalYearKeepsItsOwnQuartersAndNames() throws IOException {
		List<Quarters.Quarter> quarters = Quarters.of(read("CIK0000789019.json").reported());
		assertThat(quarters).extracting(Quarters.Quarter::name)
			.containsExactly("Q1 fiscal 2025", "Q2 fiscal 2025", "Q3 fiscal 2025", "Q4 fiscal 2025");
		assertThat(quarters).noneMatch(Quarters.Quarter::calendar);
		assertThat(quarters).extracting((q) -> q.start() + " to " + q.end())
			.containsExactly("2024-07-01 to 2024-09-30", "2024-10-01 to 2024-12-31", "2025-01-01 to 2025-03-31",
					"2025-04-01 to 2025-06-30");
		assertThat(quarters).extracting((q) -> values(q, "FREE_CASH_FLOW").get(0))
			.containsExactly(19_257_000_000L, 6_740_000_000L, 20_400_000_000L, 25_214_000_000L);
		assertThat(quarters).extracting((q) -> values(q, "REVENUE").get(0))
			.containsExactly(65_585_000_000L, 69_632_000_000L, 70_066_000_000L, 76_441_000_000L);
		assertThat(quarter(quarters, "2025-06-30").firstFiling().filed()).isEqualTo(LocalDate.of(2025, 7, 30));
	}

	@Test
	void a52Or53WeekYearEndingInSeptemberKeepsItsRealDays() {
		// Apple's fiscal 2025: 29 September 2024 to 27 September 2025, quarters of 13
		// weeks.
		Map<String, Long> operating = Map.of("2024-12-28", 29_935L, "2025-03-29", 53_887L, "2025-06-28", 81_754L,
				"2025-09-27", 111_482L);
		List<Reported> reported = new java.util.ArrayList<>();
		operating.forEach((end, millions) -> reported
			.add(new Reported("OPERATING_CASH_FLOW", "NetCashProvidedByUsedInOperatingActivities",
					LocalDate.of(2024, 9, 29), LocalDate.parse(end), BigDecimal.valueOf(millions * 1_000_000),
					"0000320193-25-00000" + end.charAt(6), 2025, end.equals("2025-09-27") ? "FY" : "Q",
					end.equals("2025-09-27") ? "10-K" : "10-Q", LocalDate.parse(end).plusDays(35))));
		List<Quarters.Quarter> quarters = Quarters.of(reported);
		assertThat(quarters).extracting((q) -> q.name() + ": " + q.start() + " to " + q.end())
			.containsExactly("Q1 fiscal 2025: 2024-09-29 to 2024-12-28", "Q2 fiscal 2025: 2024-12-29 to 2025-03-29",
					"Q3 fiscal 2025: 2025-03-30 to 2025-06-28", "Q4 fiscal 2025: 2025-06-29 to 2025-09-27");
		assertThat(quarters).extracting((q) -> values(q, "OPERATING_CASH_FLOW").get(0))
			.containsExactly(29_935_000_000L, 23_952_000_000L, 27_867_000_000L, 29_728_000_000L);
	}

	@Test
	void aFileThatIsNotCompanyFactsIsRefusedWithWhatIsWrong() {
		assertThatExceptionOfType(RecordingRejectedException.class)
			.isThrownBy(
					() -> CompanyFactsReader.read(stream("{\"cik\": 1018724, \"facts\": {\"us-gaap\": {"), "cut.json"))
			.satisfies((ex) -> assertThat(ex.problems().get(0).reason()).startsWith("this is not valid JSON"));
		assertThatExceptionOfType(RecordingRejectedException.class)
			.isThrownBy(() -> CompanyFactsReader.read(stream("{\"dataset\": \"x\"}"), "dataset.json"))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(Object::toString)
				.containsExactly(
						"the file cik: the company's CIK is missing: company facts files begin {\"cik\": 1018724, ...}",
						"the file entityName: the company's name is missing",
						"the file facts: there are no \"facts\": this is not an SEC company facts file"));
	}

	@Test
	void aValueWithoutItsFilingOrWithABadDayIsNamedByItsPlace() {
		String file = """
				{"cik": 1018724, "entityName": "AMAZON.COM, INC.", "facts": {"us-gaap": {
				  "NetIncomeLoss": {"label": "Net Income", "units": {"USD": [
				    {"start": "2025-07-01", "end": "2025-09-30", "val": 21187000000, "fy": 2025, "fp": "Q3",
				     "form": "10-Q", "filed": "2025-10-31"},
				    {"start": "2025-07-01", "end": "30/09/2025", "val": 21187000000, "accn": "0001018724-25-000123",
				     "fy": 2025, "fp": "Q3", "form": "10-Q", "filed": "2025-10-31"}]}}}}}""";
		assertThatExceptionOfType(RecordingRejectedException.class)
			.isThrownBy(() -> CompanyFactsReader.read(stream(file), "amazon.json"))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(Object::toString)
				.containsExactly(
						"facts.us-gaap.NetIncomeLoss.units.USD[0] accn: an accession number is written 0001018724-25-000123; the filing cannot be cited without it",
						"facts.us-gaap.NetIncomeLoss.units.USD[1] end \"30/09/2025\": a day is written 2025-09-30"));
	}

	private static InputStream stream(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

}
