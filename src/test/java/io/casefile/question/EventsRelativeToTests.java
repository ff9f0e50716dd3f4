package io.casefile.question;

import java.util.List;
import java.util.Map;

import io.casefile.CasefileTest;
import io.casefile.ConnectionPages;
import io.casefile.TestDatasets;
import io.casefile.dataset.DatasetImport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Time relations between events, answered on the bounds of their dates: question 9 of the
 * domain across several companies and quarters, and the seed story's statements and debt.
 */
@CasefileTest
class EventsRelativeToTests {

	private static final String LAYOFFS_AFTER_NEGATIVE_QUARTERS = """
			query($certainOnly: Boolean, $scope: RelationScope, $match: AnchorMatch) {
			  eventsRelativeTo(
			    where: {kinds: [LAYOFF_WAVE]}
			    relation: WITHIN_DAYS_AFTER, days: 90
			    anchor: {kinds: [FINANCIAL_RESULT], metric: {metric: FREE_CASH_FLOW, below: 0}}
			    anchorMatch: $match, scope: $scope, certainOnly: $certainOnly) {
			    edges { certainty node { id date { text } ... on LayoffWave { headcount } } anchor { id } }
			  }
			}""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	DatasetImport datasetImport;

	@Autowired
	JsonMapper json;

	@BeforeEach
	void quartersAndLayoffsOfThreeCompanies() {
		TestDatasets.write(this.datasetImport, this.json, "quarters-and-layoffs");
	}

	@Test
	void layoffsWithin90DaysAfterAnyQuarterWithNegativeFreeCashFlowAcrossAllCompanies() {
		var answer = this.graphQl.document(LAYOFFS_AFTER_NEGATIVE_QUARTERS).execute();
		answer.errors().verify();
		answer.path("eventsRelativeTo.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("quanta-layoffs-2024-05", "umbra-layoffs-2025-07", "umbra-layoffs-2025-09",
					"amazon-layoffs-2025-10", "zephyr-layoffs-2026-03");
		// September 2025 is 63 to 92 days after 30 June: within 90 days is possible, not
		// certain. Amazon's
		// late-October wave is 21 to 31 days after Q3 2025; its January wave, 113 or
		// more, is left out.
		answer.path("eventsRelativeTo.edges[*].certainty")
			.entityList(String.class)
			.containsExactly("CERTAIN", "CERTAIN", "POSSIBLE", "CERTAIN", "CERTAIN");
		answer.path("eventsRelativeTo.edges[*].anchor.id")
			.entityList(String.class)
			.containsExactly("quanta-q1-2024", "umbra-q2-2025", "umbra-q2-2025", "amazon-results-q3-2025",
					"zephyr-q4-2025");
	}

	@Test
	void aWaveAfterSeveralQuartersIsAnsweredWithTheLatestOfThem() {
		var answer = this.graphQl.document("""
				{ eventsRelativeTo(
				    where: {kinds: [LAYOFF_WAVE], organizations: ["Quanta Robotics", "Zephyr Cloud"]}
				    relation: AFTER, anchor: {kinds: [FINANCIAL_RESULT]}, anchorMatch: ANY) {
				    edges { certainty node { id } anchor { id } }
				} }""").execute();
		answer.errors().verify();
		// Quanta's September 2024 wave is certainly after both its Q1 and its Q2 2024;
		// Zephyr's March 2026 wave after both its Q3 and its Q4 2025. Each is answered
		// once, with the latest quarter it follows.
		answer.path("eventsRelativeTo.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("quanta-layoffs-2024-05", "quanta-layoffs-2024-09", "zephyr-layoffs-2025-10",
					"zephyr-layoffs-2026-03");
		answer.path("eventsRelativeTo.edges[*].anchor.id")
			.entityList(String.class)
			.containsExactly("quanta-q1-2024", "quanta-q2-2024", "zephyr-q3-2025", "zephyr-q4-2025");
		answer.path("eventsRelativeTo.edges[*].certainty")
			.entityList(String.class)
			.containsExactly("CERTAIN", "CERTAIN", "CERTAIN", "CERTAIN");
	}

	@Test
	void countedFromTheReportDayAWaveBeforeTheReportIsNotAfterItAndAnUnknownReportDayLeavesItPossible() {
		var answer = this.graphQl.document("""
				{ eventsRelativeTo(
				    where: {kinds: [LAYOFF_WAVE]}, relation: WITHIN_DAYS_AFTER, days: 90
				    anchor: {kinds: [FINANCIAL_RESULT], metric: {metric: FREE_CASH_FLOW, below: 0}}
				    anchorAt: REPORTED) {
				    edges { certainty node { id } anchor { id ... on FinancialResult { reportedOn { text } } } }
				} }""").execute();
		answer.errors().verify();
		// Quanta reported Q1 2024 on 20 May: its wave of 15 May was before the report.
		// Zephyr reported Q4 2025 on 10 February 2026: 20 March 2026 is 38 days after,
		// certain. No source gives Umbra's or Amazon's report day: it is not before the
		// period's end, and every wave after that end may be within 90 days of it.
		answer.path("eventsRelativeTo.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("umbra-layoffs-2025-07", "umbra-layoffs-2025-09", "amazon-layoffs-2025-10",
					"amazon-layoffs-2026-01", "zephyr-layoffs-2026-03");
		answer.path("eventsRelativeTo.edges[*].certainty")
			.entityList(String.class)
			.containsExactly("POSSIBLE", "POSSIBLE", "POSSIBLE", "POSSIBLE", "CERTAIN");
		answer.path("eventsRelativeTo.edges[4].anchor.reportedOn.text").entity(String.class).isEqualTo("2026-02-10");
	}

	@Test
	void askingForCertainRelationsOnlyLeavesOutThePossibleOne() {
		this.graphQl.document(LAYOFFS_AFTER_NEGATIVE_QUARTERS)
			.variable("certainOnly", true)
			.execute()
			.path("eventsRelativeTo.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("quanta-layoffs-2024-05", "umbra-layoffs-2025-07", "amazon-layoffs-2025-10",
					"zephyr-layoffs-2026-03");
	}

	@Test
	void acrossTheGraphTheFirstNegativeQuarterAnchorsEveryCompanysLayoffs() {
		this.graphQl.document(LAYOFFS_AFTER_NEGATIVE_QUARTERS)
			.variable("scope", "GRAPH")
			.variable("match", "FIRST")
			.execute()
			.path("eventsRelativeTo.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("quanta-layoffs-2024-05");
	}

	@Test
	void jassysStatementsBeforeTheFirstLayoffWaveOf2025() {
		var answer = this.graphQl.document("""
				{ eventsRelativeTo(where: {people: ["Andy Jassy"], kinds: [STATEMENT]}, relation: BEFORE,
				    anchor: {kinds: [LAYOFF_WAVE], from: "2025-01-01", to: "2025-12-31"}, anchorMatch: FIRST) {
				    edges { certainty node { id } anchor { id } } } }""").execute();
		answer.errors().verify();
		// June is certainly before late October; "October" may be before it or not; an
		// undated statement may be.
		answer.path("eventsRelativeTo.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("amazon-statement-2025-06-ai-memo", "amazon-statement-2025-10-earnings-call",
					"amazon-statement-layoff-rationale");
		answer.path("eventsRelativeTo.edges[*].certainty")
			.entityList(String.class)
			.containsExactly("CERTAIN", "POSSIBLE", "POSSIBLE");
		answer.path("eventsRelativeTo.edges[0].anchor.id").entity(String.class).isEqualTo("amazon-layoffs-2025-10");
	}

	@Test
	void debtRaisedAfterCapexGuidanceWentUpIsOnlyPossibleWhenBothAreDatedToTheSameYear() {
		var answer = this.graphQl.document("""
				{ eventsRelativeTo(where: {kinds: [DEBT_RAISE], organizations: ["Amazon"]}, relation: AFTER,
				    anchor: {kinds: [CAPEX], direction: UP}) {
				    edges { certainty node { id } anchor { id } } } }""").execute();
		answer.errors().verify();
		answer.path("eventsRelativeTo.edges[*].node.id").entityList(String.class).containsExactly("amazon-debt-2025");
		answer.path("eventsRelativeTo.edges[0].certainty").entity(String.class).isEqualTo("POSSIBLE");
		answer.path("eventsRelativeTo.edges[0].anchor.id").entity(String.class).isEqualTo("amazon-capex-guidance-2025");
	}

	private static final String CONSORTIUM_LAYOFFS_AFTER_FIRST_LOSSES = """
			query($first: Int, $after: String) {
			  eventsRelativeTo(
			    where: {kinds: [LAYOFF_WAVE], organizations: ["Norra Mills"]}
			    relation: AFTER, anchorMatch: FIRST
			    anchor: {kinds: [FINANCIAL_RESULT], metric: {metric: NET_INCOME, below: 0}}
			    first: $first, after: $after) {
			    edges { certainty node { id } anchor { id } }
			    pageInfo { hasNextPage endCursor }
			  }
			}""";

	@Test
	void aWaveOfNineCompaniesIsAnsweredOnceWithTheBestOfTheirNineFirstLossesOnEveryPage() {
		TestDatasets.write(this.datasetImport, this.json, "consortium-layoffs");
		// Each wave concerns nine companies, so it follows up to nine first losses: more
		// than a page of one reads when it cuts the page from a window of pairs.
		assertThat(9).isGreaterThan(2 * QuestionQueries.WINDOW_PER_EVENT);
		List<String> waves = List.of("consortium-layoffs-2019", "consortium-layoffs-2019-05",
				"consortium-layoffs-2019-08", "consortium-layoffs-2019-10");
		// The year 2019 certainly follows Norra's Q4 2018 and may follow
		// Nyhavn's, Oskar's and Pellworm's 2019 quarters: the certain relation
		// wins over the later, possible ones. Each later wave follows one more
		// quarter, the latest of which anchors it.
		List<String> anchors = List.of("norra-q4-2018", "nyhavn-q1-2019", "oskar-q2-2019", "pellworm-q3-2019");

		var whole = this.graphQl.document(CONSORTIUM_LAYOFFS_AFTER_FIRST_LOSSES).variable("first", 10).execute();
		whole.errors().verify();
		whole.path("eventsRelativeTo.edges[*].node.id").entityList(String.class).isEqualTo(waves);
		whole.path("eventsRelativeTo.edges[*].anchor.id").entityList(String.class).isEqualTo(anchors);
		whole.path("eventsRelativeTo.edges[*].certainty")
			.entityList(String.class)
			.containsExactly("CERTAIN", "CERTAIN", "CERTAIN", "CERTAIN");

		List<Map<String, Object>> onePageAtATime = ConnectionPages.edges(this.graphQl,
				CONSORTIUM_LAYOFFS_AFTER_FIRST_LOSSES, "eventsRelativeTo", 1, waves.size() + 1);
		List<String> walked = onePageAtATime.stream()
			.map((edge) -> (String) ((Map<?, ?>) edge.get("node")).get("id"))
			.toList();
		List<String> walkedAnchors = onePageAtATime.stream()
			.map((edge) -> (String) ((Map<?, ?>) edge.get("anchor")).get("id"))
			.toList();
		assertThat(walked).isEqualTo(waves);
		assertThat(walkedAnchors).isEqualTo(anchors);
	}

	@Test
	void withinDaysNeedsTheNumberOfDays() {
		var errors = this.graphQl.document("""
				{ eventsRelativeTo(where: {}, relation: WITHIN_DAYS_AFTER, anchor: {}) { edges { cursor } } }""")
			.execute()
			.returnResponse()
			.getErrors();
		org.assertj.core.api.Assertions.assertThat(errors.getFirst().getExtensions())
			.containsEntry("code", "INVALID_ARGUMENT");
	}

}
