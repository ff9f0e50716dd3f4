package io.casefile.system;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.casefile.CypherStatements;
import io.casefile.WritingTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an attacker or a clumsy client sends, row by row: each request gets a GraphQL
 * error with its code and the right HTTP status, a short message that echoes no more than
 * a prefix of what was sent and no Java class or stack frame, no statement reaches the
 * database where nothing should run, and the server answers the next request.
 */
@WritingTest
class HostileRequestsTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

	@Autowired
	WebTestClient web;

	/**
	 * A hostile request and what it must get.
	 *
	 * @param body the raw body; null sends none
	 * @param contentType null sends none
	 * @param token a writer's token, or null
	 * @param status the HTTP status
	 * @param code the first error's code
	 * @param reachesDatabase whether statements may run (a lookup that finds nothing)
	 */
	record Hostile(String name, HttpMethod method, String body, String contentType, String accept, String token,
			int status, String code, boolean reachesDatabase) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	static Hostile post(String name, String body, int status, String code) {
		return new Hostile(name, HttpMethod.POST, body, MediaType.APPLICATION_JSON_VALUE, null, null, status, code,
				false);
	}

	static Hostile query(String name, String query, Map<String, Object> variables, String code) {
		// A lone surrogate has no UTF-8: sent as JSON's escape, as a client would.
		String body = JSON.writeValueAsString(Map.of("query", query, "variables", variables))
			.replace("\uD800", "\\ud800");
		return post(name, body, 200, code);
	}

	static Hostile query(String name, String query, String code) {
		return query(name, query, Map.of(), code);
	}

	static Hostile accepting(String accept, Hostile request, int status) {
		return new Hostile(request.name() + " (accepting " + accept + ")", request.method(), request.body(),
				request.contentType(), accept, request.token(), status, request.code(), request.reachesDatabase());
	}

	static Hostile reachingTheDatabase(Hostile request) {
		return new Hostile(request.name(), request.method(), request.body(), request.contentType(), request.accept(),
				request.token(), request.status(), request.code(), true);
	}

	static Hostile withToken(Hostile request) {
		return new Hostile(request.name(), request.method(), request.body(), request.contentType(), request.accept(),
				WritingTest.TOKEN, request.status(), request.code(), request.reachesDatabase());
	}

	/**
	 * A tracker sent through GraphQL, its one row given: the header of the public
	 * tracker's.
	 */
	static Hostile tracker(String name, String row) {
		return withToken(query(name,
				"mutation ($csv: String!) { importLayoffTracker(name: \"hostile.csv\", csv: $csv) { created } }",
				Map.of("csv", "company,total_laid_off,date,source\n" + row + "\n"), "IMPORT_REJECTED"));
	}

	static String words(int count) {
		return IntStream.range(0, count).mapToObj((i) -> "word" + i).collect(Collectors.joining(" "));
	}

	static String aliases(int count, String field) {
		return "{ " + IntStream.range(0, count).mapToObj((i) -> "a" + i + ": " + field).collect(Collectors.joining(" "))
				+ " }";
	}

	static Stream<Hostile> requests() {
		Hostile unreadableDateTime = query("a DateTime literal that is not one",
				"{ changes(since: \"yesterday\") { edges { node { id } } } }", "GRAPHQL_VALIDATION_FAILED");
		Hostile nullBody = post("a body of null", "null", 400, "BAD_REQUEST");
		return Stream.of(unreadableDateTime, accepting(GRAPHQL_RESPONSE, unreadableDateTime, 400), nullBody,
				accepting(GRAPHQL_RESPONSE, nullBody, 400),
				post("a JSON array of operations", "[{\"query\": \"{ __typename }\"}]", 400, "BAD_REQUEST"),
				post("variables that are not an object", "{\"query\": \"{ __typename }\", \"variables\": \"x\"}", 400,
						"BAD_REQUEST"),
				post("extensions that are not an object", "{\"query\": \"{ __typename }\", \"extensions\": 1}", 400,
						"BAD_REQUEST"),
				post("no query", "{\"variables\": {}}", 400, "BAD_REQUEST"),
				post("a query that is not a string", "{\"query\": 5}", 400, "BAD_REQUEST"),
				post("malformed JSON", "{\"query\": ", 400, "BAD_REQUEST"),
				post("an empty body", "", 400, "BAD_REQUEST"),
				post("two JSON values", "{\"query\": \"{ __typename }\"} {}", 400, "BAD_REQUEST"),
				new Hostile("a text/plain body", HttpMethod.POST, "{\"query\": \"{ __typename }\"}",
						MediaType.TEXT_PLAIN_VALUE, null, null, 415, "BAD_REQUEST", false),
				new Hostile("no content type", HttpMethod.POST, "{\"query\": \"{ __typename }\"}", null, null, null,
						415, "BAD_REQUEST", false),
				new Hostile("a GET", HttpMethod.GET, null, null, null, null, 405, "BAD_REQUEST", false),
				new Hostile("an Accept header without JSON", HttpMethod.POST, "{\"query\": \"{ __typename }\"}",
						MediaType.APPLICATION_JSON_VALUE, "text/html", null, 406, "BAD_REQUEST", false),
				post("a body over the size limit",
						"{\"query\": \"{ __typename }\", \"variables\": {\"x\": \"" + "y".repeat(17 * 1024 * 1024)
								+ "\"}}",
						413, "BAD_REQUEST"),
				query("a search of a megabyte", "query ($t: String!) { search(text: $t) { edges { cursor } } }",
						Map.of("t", words(100_000)), "INVALID_ARGUMENT"),
				query("a search of 500 words", "query ($t: String!) { search(text: $t) { edges { cursor } } }",
						Map.of("t", words(500)), "INVALID_ARGUMENT"),
				query("a path from a thing to itself",
						"{ connections(from: \"andy-jassy\", to: \"andy-jassy\") { sentence } }", "INVALID_ARGUMENT"),
				query("900 aliases of a path search",
						aliases(900, "connections(from: \"andy-jassy\", to: \"project-rainier\") { sentence }"),
						"QUERY_TOO_EXPENSIVE"),
				query("900 aliases of a search", aliases(900, "search(text: \"jobs\") { edges { cursor } }"),
						"QUERY_TOO_EXPENSIVE"),
				query("10,000 aliases", aliases(10_000, "__typename"), "GRAPHQL_PARSE_FAILED"),
				query("a name of a megabyte", "query ($n: String!) { organization(name: $n) { id } }",
						Map.of("n", "x".repeat(1_000_000)), "INVALID_ARGUMENT"),
				reachingTheDatabase(query("a name of 9,000 characters that names nothing",
						"query ($n: String!) { organization(name: $n) { id } }", Map.of("n", "x".repeat(9_000)),
						"NOT_FOUND")),
				query("a filter naming 500 organizations",
						"query ($o: [String!]) { events(where: {organizations: $o}) { edges { cursor } } }",
						Map.of("o",
								List.of("Amazon")
									.stream()
									.flatMap((n) -> Stream.generate(() -> n).limit(500))
									.toList()),
						"INVALID_ARGUMENT"),
				query("a filter of 60 alternatives", "{ events(where: {or: ["
						+ Stream.generate(() -> "{kinds: [LAYOFF_WAVE]}").limit(60).collect(Collectors.joining(", "))
						+ "]}) { edges { cursor } } }", "INVALID_ARGUMENT"),
				query("introspection nested six deep",
						"{ __type(name: \"Query\") { fields { type { fields { type { fields { type { fields { type { fields { type { fields { name } } } } } } } } } } } } }",
						"QUERY_TOO_EXPENSIVE"),
				query("20 aliases of __schema", aliases(20, "__schema { types { name } }"), "QUERY_TOO_EXPENSIVE"),
				query("a request 20 fields deep", "{ organizations { edges { node { timeline { edges { node { "
						+ "... on Estimate { basedOn { ".repeat(10) + "id" + " } }".repeat(10) + " } } } } } } }",
						"QUERY_TOO_EXPENSIVE"),
				query("a page of a billion", "{ organizations(first: 1000000000) { edges { cursor } } }",
						"QUERY_TOO_EXPENSIVE"),
				query("a mutation without a token",
						"mutation { recordOrganization(organization: {name: \"Hostile Ltd\"}) { id } }",
						"UNAUTHENTICATED"),
				tracker("a tracker headcount of 1,000,000,000,000",
						"Hostile Ltd,1000000000000,2025-01-02,https://example.org/hostile"),
				tracker("a tracker field of 10 MB",
						"Hostile " + "x".repeat(10_000_000) + " Ltd,12,2025-01-02,https://example.org/hostile"),
				tracker("a tracker name with NUL", "Host\u0000ile Ltd,12,2025-01-02,https://example.org/hostile"),
				tracker("a tracker name with a lone surrogate",
						"Host\uD800ile Ltd,12,2025-01-02,https://example.org/hostile"),
				tracker("a tracker source that is javascript:", "Hostile Ltd,12,2025-01-02,javascript:alert(1)"),
				tracker("a tracker company named as a formula",
						"\"=HYPERLINK(\"\"https://evil.example\"\",\"\"x\"\")\",12,2025-01-02,https://example.org/hostile"),
				withToken(query("an organization named with a control character",
						"mutation ($n: String!) { recordOrganization(organization: {name: $n}) { id } }",
						Map.of("n", "Hostile\u0007 Ltd"), "INVALID_ARGUMENT")),
				withToken(query("a source whose address is not on the web",
						"mutation { recordSource(source: {url: \"file:///etc/passwd\"}) { id } }", "INVALID_ARGUMENT")),
				new Hostile("a wrong token", HttpMethod.POST,
						"{\"query\": \"mutation { recordOrganization(organization: {name: \\\"Hostile Ltd\\\"}) { id } }\"}",
						MediaType.APPLICATION_JSON_VALUE, null, "not-a-token-of-casefile", 401, "UNAUTHENTICATED",
						false));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("requests")
	void isRefusedWithItsCodeWithoutRunningAndTheServerStillAnswers(Hostile request) {
		long statementsBefore = CypherStatements.sent();
		EntityExchangeResult<byte[]> result = send(request);
		byte[] body = result.getResponseBody();
		assertThat(result.getStatus().value()).as("HTTP status").isEqualTo(request.status());
		assertThat(result.getResponseHeaders().getContentType()).as("content type")
			.matches((type) -> type.getSubtype().endsWith("json"));
		JsonNode answer = JSON.readTree(body);
		assertThat(answer.path("errors").path(0).path("extensions").path("code").asString()).as("code")
			.isEqualTo(request.code());
		assertClean(new String(body, java.nio.charset.StandardCharsets.UTF_8));
		if (!request.reachesDatabase()) {
			assertThat(CypherStatements.sent()).as("statements sent to the database").isEqualTo(statementsBefore);
		}
		assertStillAnswers();
	}

	@Test
	void aDateTimeWrittenInTheQueryIsRead() {
		EntityExchangeResult<byte[]> result = send(query("a DateTime literal",
				"{ changes(since: \"2026-01-01T00:00:00Z\") { edges { node { id } } } }", null));
		assertThat(result.getStatus().value()).isEqualTo(200);
		assertThat(JSON.readTree(result.getResponseBody()).has("errors")).isFalse();
	}

	@Test
	void anonymousHealthSaysUpWithoutDetailsAndAWriterSeesThem() {
		this.web.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components")
			.doesNotExist();
		this.web.get()
			.uri("/actuator/health")
			.header("Authorization", "Bearer " + WritingTest.TOKEN)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.components.neo4j.status")
			.isEqualTo("UP");
	}

	/**
	 * A message is for a person: no stack frame, no Java class name, and no more than a
	 * short prefix of what was sent.
	 */
	static void assertClean(String body) {
		assertThat(body).as("response body").hasSizeLessThan(4_000);
		assertThat(body).doesNotContainPattern("\\bat [a-z]+\\.[a-z]+\\.")
			.doesNotContainPattern("\\b(?:java|javax|jakarta|org|io|com|tools|graphql|reactor)\\.[a-z]+\\.[A-Za-z]")
			.doesNotContain("Exception")
			.doesNotContain("REDACTED");
	}

	private EntityExchangeResult<byte[]> send(Hostile request) {
		WebTestClient.RequestBodySpec spec = this.web.method(request.method()).uri("/graphql");
		if (request.contentType() != null) {
			spec.header("Content-Type", request.contentType());
		}
		if (request.accept() != null) {
			spec.header("Accept", request.accept());
		}
		if (request.token() != null) {
			spec.header("Authorization", "Bearer " + request.token());
		}
		WebTestClient.RequestHeadersSpec<?> withBody = (request.body() != null) ? spec.bodyValue(request.body()) : spec;
		return withBody.exchange().expectBody().returnResult();
	}

	private void assertStillAnswers() {
		this.web.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"query\": \"{ organization(name: \\\"Amazon\\\") { id } }\"}")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.data.organization.id")
			.isEqualTo("amazon");
	}

}
