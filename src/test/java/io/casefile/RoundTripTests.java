package io.casefile;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request costs a bounded number of Cypher statements whatever its page sizes: nested
 * lists are loaded for all their parents at once, never one query per parent.
 */
@CasefileTest
class RoundTripTests {

	private static final String NESTED = """
			query nested($first: Int) {
			  organizations(first: $first) { edges { node { name roles { title person { name } }
			    timeline(first: $first) { edges { node { title citations { excerpt source { title author { name } } } } } } } } }
			}""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void organizationsToEventsToCitationsToSourcesCostTheSameStatementsAtPageSizes1And100() {
		long atOne = statementsFor(1);
		long atHundred = statementsFor(100);
		assertThat(atOne).isEqualTo(atHundred);
		// The organizations, their roles, and all their timelines with citations and
		// sources: three statements.
		assertThat(atHundred).isEqualTo(3);
	}

	@Test
	void aRelationQuestionReadsItsEventsAndTheirAnchorsInOneStatement() {
		long before = CypherStatements.sent();
		var answer = this.graphQl
			.document(
					"""
							{ eventsRelativeTo(where: {kinds: [LAYOFF_WAVE], organizations: ["amazon"]}, relation: AFTER,
							    anchorMatch: FIRST, anchor: {kinds: [FINANCIAL_RESULT], metric: {metric: FREE_CASH_FLOW, below: 0}}) {
							  edges { certainty node { id } anchor { id ... on FinancialResult { period } } } } }""")
			.execute();
		long statements = CypherStatements.sent() - before;
		answer.errors().verify();
		answer.path("eventsRelativeTo.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("amazon-layoffs-2025-10", "amazon-layoffs-2026-01");
		answer.path("eventsRelativeTo.edges[*].anchor.id")
			.entityList(String.class)
			.containsExactly("amazon-results-q3-2025", "amazon-results-q3-2025");
		answer.path("eventsRelativeTo.edges[*].anchor.period")
			.entityList(String.class)
			.containsExactly("Q3 2025", "Q3 2025");
		// The organization's name, then the events with their anchors: not a second
		// statement for the anchors.
		assertThat(statements).isEqualTo(2);
	}

	private long statementsFor(int first) {
		long before = CypherStatements.sent();
		this.graphQl.document(NESTED).variable("first", first).execute().errors().verify();
		return CypherStatements.sent() - before;
	}

}
