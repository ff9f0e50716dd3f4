package io.casefile.question;

import java.util.List;

import io.casefile.CasefileTest;
import io.casefile.TestDatasets;
import io.casefile.dataset.DatasetImport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One filter for events anywhere, ordered by date or by a number, and statistics over
 * what it selects.
 */
@CasefileTest
class EventsAndStatisticsTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	DatasetImport datasetImport;

	@Autowired
	JsonMapper json;

	@Test
	void howManyCorporateJobsAmazonCutIn2025And2026() {
		var answer = this.graphQl.document("""
				{ eventStatistics(where: {organizations: ["Amazon"], kinds: [LAYOFF_WAVE],
				                          from: "2025-01-01", to: "2026-12-31"}, of: HEADCOUNT) {
				    count sum min max } }""").execute();
		answer.errors().verify();
		answer.path("eventStatistics[0].count").entity(Integer.class).isEqualTo(2);
		answer.path("eventStatistics[0].sum").entity(Double.class).isEqualTo(30000.0);
		answer.path("eventStatistics[0].min").entity(Double.class).isEqualTo(14000.0);
		answer.path("eventStatistics[0].max").entity(Double.class).isEqualTo(16000.0);
	}

	@Test
	void amazonsJobCutsGroupedByYearAndQuarter() {
		var answer = this.graphQl
			.document(
					"""
							{ eventStatistics(where: {organizations: ["amazon.com"], kinds: [LAYOFF_WAVE]}, groupBy: [YEAR, QUARTER]) {
							    year quarter count sum } }""")
			.execute();
		answer.errors().verify();
		answer.path("eventStatistics[*].year").entityList(Integer.class).containsExactly(2025, 2026);
		answer.path("eventStatistics[*].quarter").entityList(Integer.class).containsExactly(4, 1);
		answer.path("eventStatistics[*].sum").entityList(Double.class).containsExactly(14000.0, 16000.0);
	}

	@Test
	void analystProjectionsCountOncePerCompanyTheyCover() {
		var answer = this.graphQl.document("""
				{ eventStatistics(where: {kinds: [ANALYST_PROJECTION]}, of: AMOUNT, groupBy: [ORGANIZATION]) {
				    organization { name } count sum } }""").execute();
		answer.errors().verify();
		// Both projections concern the five hyperscalers; each analyst also made its own.
		answer.path("eventStatistics[*].organization.name")
			.entityList(String.class)
			.containsExactly("Amazon", "Bank of America", "Goldman Sachs", "Google", "Meta", "Microsoft", "Oracle");
		answer.path("eventStatistics[*].count").entityList(Integer.class).containsExactly(2, 1, 1, 2, 2, 2, 2);
		answer.path("eventStatistics[0].sum").entity(Double.class).isEqualTo(1.15e12);
	}

	@Test
	void theSeedsEventsGroupedByKindCountEveryEventOnce() {
		var answer = this.graphQl.document("""
				{ eventStatistics(where: {organizations: ["Amazon"]}, groupBy: [KIND]) { kind count } }""").execute();
		answer.errors().verify();
		List<String> kinds = answer.path("eventStatistics[*].kind").entityList(String.class).get();
		assertThat(kinds).contains("LAYOFF_WAVE", "STATEMENT", "CAPEX", "FINANCIAL_RESULT", "POLICY");
		answer.path("eventStatistics[?(@.kind == 'LAYOFF_WAVE')].count").entityList(Integer.class).containsExactly(2);
		answer.path("eventStatistics[?(@.kind == 'STATEMENT')].count").entityList(Integer.class).containsExactly(5);
	}

	@Test
	void filtersCombineWithAndOrAndNot() {
		var answer = this.graphQl.document("""
				{ events(where: {organizations: ["Amazon"],
				                 or: [{kinds: [LAYOFF_WAVE], headcountAtLeast: 15000}, {text: "not ai-driven"}],
				                 not: {kinds: [CAPEX]}}) {
				    edges { node { id } } } }""").execute();
		answer.errors().verify();
		answer.path("events.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("amazon-statement-2025-10-earnings-call", "amazon-layoffs-2026-01");
	}

	@Test
	void quartersWithNegativeFreeCashFlowAndStatementsOnATopic() {
		this.graphQl.document("""
				{ events(where: {organizations: ["Amazon"], metric: {metric: FREE_CASH_FLOW, below: 0}}) {
				    edges { node { id } } } }""")
			.execute()
			.path("events.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("amazon-results-q3-2025");
		this.graphQl.document("""
				{ events(where: {people: ["andy-jassy"], topic: "ai and jobs"}) { edges { node { id } } } }""")
			.execute()
			.path("events.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("amazon-statement-2025-06-ai-memo", "amazon-statement-2025-10-earnings-call");
	}

	@Test
	void eventsOrderedByAmountLargestFirstPageAfterPage() {
		String query = """
				query($after: String) { events(where: {kinds: [CAPEX, DEBT_RAISE, ANALYST_PROJECTION]},
				    orderBy: {field: AMOUNT, direction: DESC}, first: 2, after: $after) {
				    edges { node { id } } pageInfo { hasNextPage endCursor } } }""";
		var first = this.graphQl.document(query).execute();
		first.path("events.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("goldman-sachs-hyperscaler-capex-2025-2027", "amazon-capex-guidance-2025");
		String cursor = first.path("events.pageInfo.endCursor").entity(String.class).get();
		this.graphQl.document(query)
			.variable("after", cursor)
			.execute()
			.path("events.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("meta-capex-guidance-2026", "amazon-capex-2024");
	}

	@Test
	void anUnknownOrganizationInAFilterIsNotFound() {
		var errors = this.graphQl.document("{ events(where: {organizations: [\"Nope\"]}) { edges { cursor } } }")
			.execute()
			.returnResponse()
			.getErrors();
		assertThat(errors).singleElement()
			.satisfies((e) -> assertThat(e.getExtensions()).containsEntry("code", "NOT_FOUND"));
	}

	@Test
	void aCursorStaysValidWhenAnEventIsInsertedBeforeIt() {
		TestDatasets.write(this.datasetImport, this.json, "quarters-and-layoffs");
		String query = """
				query($after: String) { events(where: {organizations: ["Quanta Robotics"]}, first: 2, after: $after) {
				    edges { node { id } } pageInfo { endCursor } } }""";
		var first = this.graphQl.document(query).execute();
		first.path("events.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("quanta-q1-2024", "quanta-layoffs-2024-02");
		String cursor = first.path("events.pageInfo.endCursor").entity(String.class).get();

		// A journalist adds an event that sorts before the cursor between the two pages.
		TestDatasets.write(this.datasetImport, this.json, "quanta-inserted-statement");

		this.graphQl.document(query)
			.variable("after", cursor)
			.execute()
			.path("events.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("quanta-q2-2024", "quanta-layoffs-2024-05");
	}

}
