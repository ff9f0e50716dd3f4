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

	private long statementsFor(int first) {
		long before = CypherStatements.sent();
		this.graphQl.document(NESTED).variable("first", first).execute().errors().verify();
		return CypherStatements.sent() - before;
	}

}
