package io.casefile.event;

import java.util.Map;

import io.casefile.CasefileTest;
import io.casefile.CypherStatements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page of a person's statements, asked for by the person's id, is read in the statement
 * that finds the person: one statement, and the same answer as the field's own fetcher
 * gives (asked for by name).
 */
@CasefileTest
class OnePersonsStatementsTests {

	private static final String PAGE = """
			{ edges { cursor node { id title date { text } ... on Statement { quote topics }
			  citations { excerpt source { title } } } } pageInfo { hasNextPage endCursor } }""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void whatAndyJassySaidByIdIsOneStatement() {
		long before = CypherStatements.sent();
		var answer = this.graphQl.document("{ person(id: \"andy-jassy\") { name statements(first: 2) " + PAGE + " } }")
			.execute();
		long statements = CypherStatements.sent() - before;
		answer.errors().verify();
		answer.path("person.name").entity(String.class).isEqualTo("Andy Jassy");
		answer.path("person.statements.edges").entityList(Object.class).hasSize(2);
		assertThat(statements).isEqualTo(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "first: 2", "first: 100", "topic: \"AI and jobs\"", "asOf: \"2026-02-04\", first: 1" })
	void byIdTheStatementsAreTheOnesTheirOwnFetcherReads(String arguments) {
		assertThat(statements("id: \"andy-jassy\"", arguments))
			.isEqualTo(statements("name: \"Andy Jassy\"", arguments));
		assertThat(statements("id: \"andy-jassy\"", arguments).get("edges")).asList().isNotEmpty();
	}

	@Test
	void anUnknownIdIsNotFound() {
		var errors = this.graphQl.document("{ person(id: \"nobody-at-all\") { statements { edges { cursor } } } }")
			.execute()
			.returnResponse()
			.getErrors();
		assertThat(errors).hasSize(1);
		assertThat(errors.getFirst().getExtensions()).containsEntry("code", "NOT_FOUND");
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> statements(String person, String arguments) {
		var answer = this.graphQl.document("{ person(%s) { statements(%s) %s } }".formatted(person, arguments, PAGE))
			.execute();
		answer.errors().verify();
		return answer.path("person.statements").entity(Map.class).get();
	}

}
