package io.casefile.system;

import java.util.List;

import graphql.introspection.IntrospectionQuery;
import io.casefile.CasefileTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What one request may cost: bounded pages, a bounded number of possible nodes and depth,
 * refused before anything runs; and a timeout on every database transaction. GraphiQL's
 * introspection keeps working.
 */
@CasefileTest
class QueryLimitsTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Neo4jClient neo4j;

	@Test
	void aNestedRequestWithinTheNodeLimitRuns() {
		// 1 + 100 organizations + 100 x 100 events = 10,101 possible nodes: under the
		// limit of 20,000.
		this.graphQl.document("""
				{ organizations(first: 100) { edges { node { timeline(first: 100) { edges { node {
				    citations { source { title } } } } } } } } }""").execute().errors().verify();
	}

	@Test
	void aRequestThatCouldReturnTooManyNodesIsRefusedWithTheFigure() {
		List<ResponseError> errors = this.graphQl.document("""
				{ organizations(first: 100) { edges { node { timeline(first: 100) { edges { cursor } } } } }
				  people(first: 100) { edges { node { statements(first: 100) { edges { cursor } } } } } }""")
			.execute()
			.returnResponse()
			.getErrors();
		assertThat(errors).hasSize(1);
		// 1 + (100 + 100 x 100) + (100 + 100 x 100)
		assertThat(errors.getFirst().getMessage()).contains("20,201 nodes").contains("limit of 20,000");
		assertThat(errors.getFirst().getExtensions()).containsEntry("code", "QUERY_TOO_EXPENSIVE")
			.containsEntry("possibleNodes", 20201);
	}

	@Test
	void aRequestDeeperThanTheLimitIsRefusedWithItsDepth() {
		// Estimates are based on events, which may be estimates: six fields down to an
		// event, ten bases nested, and the id: 17 fields deep.
		List<ResponseError> errors = this.graphQl.document(timelineEventsWithBases(10))
			.execute()
			.returnResponse()
			.getErrors();
		assertThat(errors).hasSize(1);
		assertThat(errors.getFirst().getExtensions()).containsEntry("code", "QUERY_TOO_EXPENSIVE")
			.containsEntry("depth", 17)
			.containsEntry("maxDepth", 15);
		assertThat(errors.getFirst().getMessage()).contains("17 fields deep").contains("limit of 15");
	}

	@Test
	void aRequestAsDeepAsTheLimitRuns() {
		// Six fields, eight bases, the id: 15.
		this.graphQl.document(timelineEventsWithBases(8)).execute().errors().verify();
	}

	/**
	 * The organizations' timelines, each event with its bases nested {@code times} deep
	 * (an estimate's bases may be estimates).
	 */
	private static String timelineEventsWithBases(int times) {
		String deep = "id";
		for (int i = 0; i < times; i++) {
			deep = "... on Estimate { basedOn { " + deep + " } }";
		}
		return "{ organizations { edges { node { timeline { edges { node { " + deep + " } } } } } } }";
	}

	@Test
	void theLimitsAreGraphqlJavasOnlyInstrumentationSoNoFieldPaysForAChain(@Autowired GraphQlSource source) {
		assertThat(source.graphQl().getInstrumentation()).isInstanceOf(OperationChecks.class);
	}

	@Test
	void graphiqlsIntrospectionQueryStillWorks() {
		var answer = this.graphQl.document(IntrospectionQuery.INTROSPECTION_QUERY).execute();
		answer.errors().verify();
		answer.path("__schema.queryType.name").entity(String.class).isEqualTo("Query");
	}

	@Test
	void aTransactionThatRunsPastItsTimeoutIsStopped() {
		TransactionTemplate oneSecond = new TransactionTemplate(this.transactions);
		oneSecond.setReadOnly(true);
		oneSecond.setTimeout(1);
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> oneSecond.executeWithoutResult(
				(status) -> this.neo4j.query("UNWIND range(1, 1000000000) AS x WITH x WHERE x < 0 RETURN count(x)")
					.fetch()
					.all()))
			.withMessageContaining("TransactionTimedOut");
	}

	@Test
	void theDefaultTimeoutAppliesToEveryTransaction() {
		assertThat(((org.springframework.transaction.support.AbstractPlatformTransactionManager) this.transactions)
			.getDefaultTimeout()).isEqualTo(20);
	}

}
