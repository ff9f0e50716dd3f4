package io.casefile.filing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.casefile.CasefileTest;
import io.casefile.WritingTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journalists' questions over the SEC's company facts, imported through the GraphQL door
 * (Amazon's file and Microsoft's, written for the test in the SEC's shape, over the
 * seed): the quarter the article calls negative is one period with the article's claim
 * and the filing's, dated by the filing; a restatement is a dispute; {@code asOf} answers
 * what had been filed; a June fiscal year keeps its days. The filings land in a graph of
 * their own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "casefile.neo4j.embedded.enabled=false", "casefile.warm-up=false", "casefile.test.graph=filings",
				"casefile.security.tokens=tester:" + WritingTest.TOKEN })
@AutoConfigureHttpGraphQlTester
@Import(CasefileTest.SharedNeo4jConnection.class)
class CompanyFactsImportTests {

	static final String IMPORT = """
			mutation($name: String, $json: String!) {
			  importCompanyFacts(name: $name, json: $json) {
			    file companies quarters eventsCreated claimsAdded unchanged sourcesCreated refused
			  }
			}""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	CompanyFactsImport filings;

	HttpGraphQlTester writer() {
		return this.graphQl.mutate().header("Authorization", "Bearer " + WritingTest.TOKEN).build();
	}

	static String file(String name) throws IOException {
		try (InputStream in = CompanyFactsImportTests.class.getResourceAsStream("/filing/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@BeforeEach
	void importAmazonAndMicrosoft() throws IOException {
		for (String name : new String[] { "CIK0001018724.json", "CIK0000789019.json" }) {
			writer().document(IMPORT)
				.variable("name", name)
				.variable("json", file(name))
				.execute()
				.path("importCompanyFacts.companies")
				.entity(Integer.class)
				.isEqualTo(1);
		}
	}

	@Test
	void importingTheSameFileAgainChangesNothing() throws IOException {
		var report = writer().document(IMPORT)
			.variable("name", "CIK0001018724.json")
			.variable("json", file("CIK0001018724.json"))
			.execute();
		report.path("importCompanyFacts.quarters").entity(Integer.class).isEqualTo(8);
		report.path("importCompanyFacts.eventsCreated").entity(Integer.class).isEqualTo(0);
		report.path("importCompanyFacts.claimsAdded").entity(Integer.class).isEqualTo(0);
		// Eight quarters and one year of capital expenditure.
		report.path("importCompanyFacts.unchanged").entity(Integer.class).isEqualTo(9);
		report.path("importCompanyFacts.sourcesCreated").entity(Integer.class).isEqualTo(0);
	}

	@Test
	void amazonsThirdQuarterOf2025IsOnePeriodWithTheArticlesClaimAndTheFilings() {
		var answer = this.graphQl.document("""
				{ organization(identifier: {type: CIK, value: "1018724"}) {
				    id
				    timeline(kinds: [FINANCIAL_RESULT], from: "2025-07-01", to: "2025-09-30") { edges { node {
				      id
				      ... on FinancialResult {
				        period reportedOn { text precision }
				        figures { metric exact derived method
				          derivedFrom { metric exact citations { source { accession } } }
				          citations { source { id accession url publishedOn { text } } knownSince
				                      claim { amount { exact text } } } }
				      }
				    } } }
				} }""").execute();
		answer.errors().verify();
		answer.path("organization.id").entity(String.class).isEqualTo("amazon");
		answer.path("organization.timeline.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("amazon-results-q3-2025");
		String q3 = "organization.timeline.edges[0].node";
		// The article gave no report day; the 10-Q's filing day is it.
		answer.path(q3 + ".reportedOn.text").entity(String.class).isEqualTo("2025-10-31");
		answer.path(q3 + ".reportedOn.precision").entity(String.class).isEqualTo("DAY");
		String fcf = q3 + ".figures[?(@.metric == 'FREE_CASH_FLOW')]";
		// The filing (31 October 2025) first, as sources are listed oldest first, then
		// the
		// article's "a loss of $4.8 billion" (4 February 2026), which agrees with it.
		answer.path(fcf + ".citations[*].claim.amount.exact")
			.entityList(String.class)
			.containsExactly("-4790000000", "-4800000000");
		answer.path(fcf + ".citations[*].claim.amount.text")
			.entityList(String.class)
			.containsExactly(null, "a loss of $4.8 billion");
		answer.path(fcf + ".citations[0].source.accession")
			.entityList(String.class)
			.containsExactly("0001018724-25-000123");
		answer.path(fcf + ".citations[0].source.url")
			.entityList(String.class)
			.containsExactly(
					"https://www.sec.gov/Archives/edgar/data/1018724/000101872425000123/0001018724-25-000123-index.htm");
		answer.path(fcf + ".citations[0].knownSince").entityList(String.class).containsExactly("2025-10-31");
		// Free cash flow is computed from the filing's operating cash flow and capital
		// expenditure, each cited to it.
		answer.path(fcf + ".derivedFrom[*].metric")
			.entityList(String.class)
			.containsExactly("CAPITAL_EXPENDITURE", "OPERATING_CASH_FLOW");
		answer.path(fcf + ".derivedFrom[*].exact")
			.entityList(String.class)
			.containsExactly("35260000000", "30470000000");
		answer.path(fcf + ".derivedFrom[*].citations[*].source.accession")
			.entityList(String.class)
			.satisfies((accessions) -> assertThat(accessions).containsOnly("0001018724-25-000123"));
		String operating = q3 + ".figures[?(@.metric == 'OPERATING_CASH_FLOW')]";
		answer.path(operating + ".derived").entityList(Boolean.class).containsExactly(true);
		answer.path(operating + ".method")
			.entityList(String.class)
			.containsExactly(
					"derived: the nine months to 2025-09-30 minus the six months to 2025-06-30, as the filings report them year to date");
	}

	@Test
	void theFilingAndTheArticleAgreeOnTheThirdQuarterSoOnlyTheRestatedFirstQuarterIsDisputed() {
		var answer = this.graphQl.document("""
				{ disputes(organization: "Amazon", kinds: [FINANCIAL_RESULT]) { edges { node {
				    event { ... on FinancialResult { period } }
				    figures { figure { metric } claims { citation { source { accession } knownSince }
				                                        value { exact } } }
				} } } }""").execute();
		answer.errors().verify();
		answer.path("disputes.edges[*].node.event.period").entityList(String.class).containsExactly("Q1 2025");
		answer.path("disputes.edges[0].node.figures[*].figure.metric")
			.entityList(String.class)
			.satisfies((metrics) -> assertThat(metrics).containsExactlyInAnyOrder("OPERATING_CASH_FLOW",
					"FREE_CASH_FLOW"));
		String operating = "disputes.edges[0].node.figures[?(@.figure.metric == 'OPERATING_CASH_FLOW')]";
		answer.path(operating + ".claims[*].value.exact")
			.entityList(String.class)
			.containsExactly("17015000000", "16515000000");
		answer.path(operating + ".claims[*].citation.source.accession")
			.entityList(String.class)
			.containsExactly("0001018724-25-000036", "0001018724-25-000052");
	}

	@Test
	void asOfADayTheAnswerIsWhatHadBeenFiledByThen() {
		String query = """
				query($asOf: Date) { organization(name: "Amazon") {
				    timeline(kinds: [FINANCIAL_RESULT], from: "2025-01-01", asOf: $asOf) { edges { node {
				      ... on FinancialResult { period
				        figures { metric citations { claim { amount { exact } } } } }
				    } } }
				} }""";
		// Before the amendment of 13 June 2025: the first quarter as first filed.
		var june = this.graphQl.document(query).variable("asOf", "2025-06-01").execute();
		june.path("organization.timeline.edges[*].node.period").entityList(String.class).containsExactly("Q1 2025");
		june.path(
				"organization.timeline.edges[0].node.figures[?(@.metric == 'OPERATING_CASH_FLOW')].citations[*].claim.amount.exact")
			.entityList(String.class)
			.containsExactly("17015000000");
		// By 30 October the second quarter was filed and the first restated; the third
		// was filed the next day.
		var october = this.graphQl.document(query).variable("asOf", "2025-10-30").execute();
		october.path("organization.timeline.edges[*].node.period")
			.entityList(String.class)
			.containsExactly("Q1 2025", "Q2 2025");
		october.path(
				"organization.timeline.edges[0].node.figures[?(@.metric == 'OPERATING_CASH_FLOW')].citations[*].claim.amount.exact")
			.entityList(String.class)
			.containsExactly("17015000000", "16515000000");
		this.graphQl.document(query)
			.variable("asOf", "2025-11-01")
			.execute()
			.path("organization.timeline.edges[*].node.period")
			.entityList(String.class)
			.containsExactly("Q1 2025", "Q2 2025", "Q3 2025");
	}

	@Test
	void countedFromTheFilingDayOnlyTheJanuaryWaveIsAfterTheNegativeQuarter() {
		String query = """
				query($at: PeriodAnchor) { eventsRelativeTo(
				    where: {kinds: [LAYOFF_WAVE], organizations: ["Amazon"], from: "2025-01-01"}, relation: AFTER,
				    anchor: {kinds: [FINANCIAL_RESULT], organizations: ["Amazon"],
				             metric: {metric: FREE_CASH_FLOW, below: 0}},
				    anchorMatch: FIRST, anchorAt: $at) {
				    edges { certainty node { id } anchor { id ... on FinancialResult { reportedOn { text } } } }
				} }""";
		var reported = this.graphQl.document(query).variable("at", "REPORTED").execute();
		reported.errors().verify();
		// The 10-Q was filed on 31 October 2025: a wave in late October (21 to 31
		// October) cannot be after that day; late January 2026 certainly is.
		reported.path("eventsRelativeTo.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("amazon-layoffs-2026-01");
		reported.path("eventsRelativeTo.edges[*].certainty").entityList(String.class).containsExactly("CERTAIN");
		reported.path("eventsRelativeTo.edges[0].anchor.id").entity(String.class).isEqualTo("amazon-results-q3-2025");
		reported.path("eventsRelativeTo.edges[0].anchor.reportedOn.text").entity(String.class).isEqualTo("2025-10-31");
		// Counted from the quarter's end (30 September), both are certainly after it.
		var periodEnd = this.graphQl.document(query).variable("at", "PERIOD_END").execute();
		periodEnd.path("eventsRelativeTo.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("amazon-layoffs-2025-10", "amazon-layoffs-2026-01");
		periodEnd.path("eventsRelativeTo.edges[*].certainty")
			.entityList(String.class)
			.containsExactly("CERTAIN", "CERTAIN");
	}

	@Test
	void microsoftsJuneFiscalYearKeepsItsQuartersRealDays() {
		var answer = this.graphQl.document("""
				{ organization(identifier: {type: CIK, value: "789019"}) {
				    id identifiers { type value }
				    timeline(kinds: [FINANCIAL_RESULT], from: "2024-07-01") { edges { node {
				      date { text precision earliest latest }
				      ... on FinancialResult { period periodKind reportedOn { text }
				        figures { metric exact } }
				    } } }
				} }""").execute();
		answer.errors().verify();
		// The seed's Microsoft, found by its name ("MICROSOFT CORP"), now has its CIK.
		answer.path("organization.id").entity(String.class).isEqualTo("microsoft");
		answer.path("organization.identifiers[*].value").entityList(String.class).contains("0000789019");
		String edges = "organization.timeline.edges[*].node";
		answer.path(edges + ".period")
			.entityList(String.class)
			.containsExactly("Q1 fiscal 2025", "Q2 fiscal 2025", "Q3 fiscal 2025", "Q4 fiscal 2025");
		answer.path(edges + ".date.text")
			.entityList(String.class)
			.containsExactly("2024-07-01 to 2024-09-30", "2024-10-01 to 2024-12-31", "2025-01-01 to 2025-03-31",
					"2025-04-01 to 2025-06-30");
		answer.path(edges + ".date.precision")
			.entityList(String.class)
			.satisfies((precisions) -> assertThat(precisions).containsOnly("DAY_SPAN"));
		answer.path(edges + ".reportedOn.text")
			.entityList(String.class)
			.containsExactly("2024-10-30", "2025-01-29", "2025-04-30", "2025-07-30");
		answer.path("organization.timeline.edges[3].node.figures[?(@.metric == 'FREE_CASH_FLOW')].exact")
			.entityList(String.class)
			.containsExactly("25214000000");
	}

	@Test
	void capexGuidanceAndActualSideBySideTheFilingsActualAgreeingWithTheArticles() {
		var answer = this.graphQl.document("""
				{ organization(name: "Amazon") { capexByYear {
				    fiscalYear summary difference { exact }
				    guidance { id amount { exact text } }
				    actual { id amount { exact text currency }
				             citations { source { accession } claim { amount { exact text } } } }
				} } }""").execute();
		answer.errors().verify();
		answer.path("organization.capexByYear[*].fiscalYear")
			.entityList(Integer.class)
			.containsExactly(2024, 2025, 2026);
		answer.path("organization.capexByYear[*].summary")
			.entityList(String.class)
			.containsExactly("2024: no guidance on record, actual $83 billion",
					"2025: guided $125 billion, no actual on record",
					"2026: guidance without an amount, no actual on record");
		// The 10-K's 83,004,000,000 is a claim about the article's "$83 billion", which
		// it agrees with: one figure, two claims.
		answer.path("organization.capexByYear[0].actual.id").entity(String.class).isEqualTo("amazon-capex-2024");
		answer.path("organization.capexByYear[0].actual.citations[*].claim.amount.exact")
			.entityList(String.class)
			.containsExactly("83004000000", "83000000000");
		answer.path("organization.capexByYear[0].actual.citations[0].source.accession")
			.entity(String.class)
			.isEqualTo("0001018724-25-000004");
		this.graphQl.document(
				"""
						{ organization(name: "Microsoft") { capexByYear { fiscalYear summary actual { amount { exact } } } } }""")
			.execute()
			.path("organization.capexByYear[*].summary")
			.entityList(String.class)
			.containsExactly("2025: no guidance on record, actual $64.6 billion");
	}

	@Test
	void theEventFilterTellsGuidanceFromActual() {
		String query = """
				query($basis: CapexBasis) { events(where: {kinds: [CAPEX], organizations: ["Amazon"], basis: $basis}) {
				    edges { node { id } } } }""";
		this.graphQl.document(query)
			.variable("basis", "ACTUAL")
			.execute()
			.path("events.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("amazon-capex-2024");
		this.graphQl.document(query)
			.variable("basis", "GUIDANCE")
			.execute()
			.path("events.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("amazon-capex-guidance-2025", "amazon-capex-guidance-2026");
	}

	@Test
	void aSecondCompanyOfTheSameNameIsRefusedRatherThanMergedIntoTheFirst() throws IOException {
		// Microsoft's file under another CIK: the name names the organization that has
		// CIK 0000789019; one organization with two CIKs would be two companies in one.
		String other = file("CIK0000789019.json").replace("\"cik\": 789019", "\"cik\": 9999999");
		writer().document(IMPORT)
			.variable("name", "CIK0009999999.json")
			.variable("json", other)
			.execute()
			.errors()
			.satisfy((errors) -> {
				assertThat(errors).singleElement().satisfies((error) -> {
					assertThat(error.getExtensions()).containsEntry("code", "IMPORT_REJECTED");
					assertThat(error.getExtensions().get("problems").toString())
						.contains("\"MICROSOFT CORP\" would join the organization \"microsoft\" by its name, which "
								+ "would then have 2 CIKs (0000789019, 0009999999): two companies, not one");
				});
			});
		this.graphQl.document("{ organization(name: \"Microsoft\") { identifiers { value } } }")
			.execute()
			.path("organization.identifiers[*].value")
			.entityList(String.class)
			.containsExactly("0000789019");
	}

	@Test
	void aFileThatIsNotCompanyFactsIsRefusedWithEveryProblemAndNothingIsWritten() {
		writer().document(IMPORT)
			.variable("name", "notes.json")
			.variable("json", "{\"dataset\": \"notes\"}")
			.execute()
			.errors()
			.satisfy((errors) -> {
				assertThat(errors).hasSize(1);
				assertThat(errors.get(0).getExtensions()).containsEntry("code", "IMPORT_REJECTED");
				assertThat(errors.get(0).getMessage()).contains("notes.json");
			});
	}

	@Test
	void aBrokenCharacterIsRefusedAtItsLineRatherThanTurnedIntoAQuestionMark() throws IOException {
		// Half of a UTF-16 pair in the company's name, on the file's second line.
		String broken = file("CIK0000789019.json").replace("\"entityName\": \"MICROSOFT CORP\"",
				"\n\"entityName\": \"MICROSOFT \uD800CORP\"");
		writer().document(IMPORT)
			.variable("name", "broken.json")
			.variable("json", broken)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getExtensions()).containsEntry("code", "IMPORT_REJECTED");
				assertThat(error.getExtensions().get("problems").toString()).contains("line=2")
					.contains("a broken character (half of a UTF-16 pair)");
			}));
	}

	@Test
	void theBulkArchiveIsReadEntryByEntryAndARefusedCompanyDoesNotKeepTheOthersOut(@TempDir Path folder)
			throws IOException {
		Path zip = folder.resolve("companyfacts.zip");
		try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream archive = new ZipOutputStream(out)) {
			for (String name : new String[] { "CIK0001018724.json", "CIK0000789019.json" }) {
				archive.putNextEntry(new ZipEntry(name));
				archive.write(file(name).getBytes(StandardCharsets.UTF_8));
			}
			archive.putNextEntry(new ZipEntry("CIK0000000001.json"));
			archive
				.write("{\"cik\": 1, \"entityName\": \"CUT SHORT INC\", \"facts\": {".getBytes(StandardCharsets.UTF_8));
		}
		FilingImportReport report = this.filings.writeArchive(zip, "tester", CompanyFactsImport.Progress.NONE);
		assertThat(report.companies()).isEqualTo(2);
		assertThat(report.quarters()).isEqualTo(12);
		assertThat(report.unchanged()).isEqualTo(14);
		assertThat(report.refused()).singleElement()
			.asString()
			.startsWith("CIK0000000001.json: the file: this is not valid JSON");
	}

}
