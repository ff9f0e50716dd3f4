package io.casefile.event;

import java.util.List;
import java.util.Map;

import io.casefile.CasefileTest;
import io.casefile.CypherStatements;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page of one organization's timeline, asked for by the organization's id, is read in
 * the statement that finds the organization: one statement, the same answer as the
 * timeline's own fetcher gives (asked for by name), and only for that field at that place
 * in the request.
 */
@CasefileTest
class OneOrganizationsTimelineTests {

	private static final String PAGE = """
			{ edges { cursor node { id kind title date { text earliest latest }
			  citations { excerpt knownSince source { title url } } ... on LayoffWave { headcount } } }
			  pageInfo { hasNextPage hasPreviousPage endCursor } }""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void amazonsTimelineByIdIsOneStatement() {
		long before = CypherStatements.sent();
		var answer = this.graphQl.document("{ organization(id: \"amazon\") { name timeline(first: 5) " + PAGE + " } }")
			.execute();
		long statements = CypherStatements.sent() - before;
		answer.errors().verify();
		answer.path("organization.name").entity(String.class).isEqualTo("Amazon");
		answer.path("organization.timeline.edges").entityList(Object.class).hasSize(5);
		assertThat(statements).isEqualTo(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "first: 5", "first: 100", "kinds: [LAYOFF_WAVE, STATEMENT]",
			"from: \"2025-10-01\", to: \"2026-01-31\"", "asOf: \"2026-02-04\"", "asOf: \"2025-11-01\", first: 3" })
	void byIdTheTimelineIsTheOneItsOwnFetcherReads(String arguments) {
		// By name, the organization's statement does not read the timeline: its own
		// fetcher does.
		assertThat(timeline("id: \"amazon\"", arguments)).isEqualTo(timeline("name: \"Amazon\"", arguments))
			.isNotEmpty();
	}

	@Test
	void aSecondPageByIdFollowsTheFirst() {
		Map<String, Object> first = timeline("id: \"amazon\"", "first: 2");
		String cursor = (String) ((Map<?, ?>) first.get("pageInfo")).get("endCursor");
		String second = "first: 2, after: \"" + cursor + "\"";
		assertThat(timeline("id: \"amazon\"", second)).isEqualTo(timeline("name: \"Amazon\"", second));
		assertThat(timeline("id: \"amazon\"", second).get("edges")).isNotEqualTo(first.get("edges"));
	}

	@Test
	void variablesAreReadAsTheFetcherReadsThem() {
		// Other tests may add waves of Amazon's to the shared graph.
		assertThat(layoffWavesSince2025("id: \"amazon\"")).isEqualTo(layoffWavesSince2025("name: \"Amazon\""))
			.contains("amazon-layoffs-2025-10", "amazon-layoffs-2026-01");
	}

	private List<Object> layoffWavesSince2025(String organization) {
		return this.graphQl.document(
				"query($kinds: [EventKind!], $from: Date) { organization(%s) { timeline(kinds: $kinds, from: $from) "
					.formatted(organization) + PAGE + " } }")
			.variable("kinds", List.of("LAYOFF_WAVE"))
			.variable("from", "2025-01-01")
			.execute()
			.path("organization.timeline.edges[*].node.id")
			.entityList(Object.class)
			.get();
	}

	@Test
	void aliasesAndTheSameFieldFurtherDownGetTheirOwnPages() {
		var answer = this.graphQl
			.document(
					"""
							{ organization(id: "amazon") {
							    one: timeline(first: 1) { edges { node { id organizations { id timeline(first: 3) { edges { node { id } } } } } } }
							    two: timeline(first: 2) { edges { node { id } } } } }""")
			.execute();
		answer.errors().verify();
		answer.path("organization.one.edges").entityList(Object.class).hasSize(1);
		answer.path("organization.two.edges").entityList(Object.class).hasSize(2);
		List<Map<String, Object>> organizations = answer.path("organization.one.edges[0].node.organizations")
			.entity(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.get();
		Map<String, Object> amazon = organizations.stream()
			.filter((o) -> "amazon".equals(o.get("id")))
			.findFirst()
			.orElseThrow();
		assertThat((List<?>) ((Map<?, ?>) amazon.get("timeline")).get("edges")).hasSize(3);
	}

	@Test
	void argumentsTheTimelineRefusesAreRefusedAtTheTimeline() {
		var errors = this.graphQl
			.document("{ organization(id: \"amazon\") { name timeline(first: 0) { edges { cursor } } } }")
			.execute()
			.returnResponse()
			.getErrors();
		assertThat(errors).hasSize(1);
		assertThat(errors.getFirst().getPath()).isEqualTo("organization.timeline");
		assertThat(errors.getFirst().getExtensions()).containsEntry("code", "INVALID_ARGUMENT");
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> timeline(String organization, String arguments) {
		var answer = this.graphQl
			.document("{ organization(%s) { timeline(%s) %s } }".formatted(organization, arguments, PAGE))
			.execute();
		answer.errors().verify();
		return answer.path("organization.timeline").entity(Map.class).get();
	}

}
