package io.casefile.system;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.casefile.CasefileTest;
import io.casefile.WritingTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random requests drawn from the schema ({@link RequestGenerator}), with ordinary and
 * hostile values, reads and writes: whatever is sent, the answer is a GraphQL answer
 * (never a 5xx), every error has a code and none is {@code INTERNAL} (Casefile's own
 * bug), and no answer shows a Java class or a stack frame. A fixed seed in the build;
 * {@code -Dcasefile.fuzz.requests} and {@code -Dcasefile.fuzz.seed} for a longer or
 * another run (the benchmark profile sends 20,000). The writes land in a graph of their
 * own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "casefile.neo4j.embedded.enabled=false", "casefile.warm-up=false", "casefile.test.graph=fuzz",
				"casefile.security.tokens=tester:" + WritingTest.TOKEN })
@AutoConfigureHttpGraphQlTester
@Import(CasefileTest.SharedNeo4jConnection.class)
class FuzzedRequestsTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	WebTestClient web;

	@Autowired
	GraphQlSource graphQl;

	@Test
	void noRequestDrawnFromTheSchemaGetsAnInternalErrorOrA5xx() {
		int requests = Integer.getInteger("casefile.fuzz.requests", 600);
		long seed = Long.getLong("casefile.fuzz.seed", 20261128L);
		RequestGenerator generator = new RequestGenerator(this.graphQl.schema(), seed);
		Map<String, Integer> codes = new TreeMap<>();
		List<String> failures = new ArrayList<>();
		for (int i = 0; i < requests && failures.size() < 5; i++) {
			RequestGenerator.Request request = generator.next();
			String failure = failure(send(request), codes);
			if (failure != null) {
				failures.add("request " + i + " of seed " + seed + ": " + failure + "\n  sent: "
						+ cut(request.body(), 2_000));
			}
		}
		System.out.printf("Fuzzed %,d requests (seed %d): %s%n", requests, seed, codes);
		assertThat(failures).as("requests answered wrongly").isEmpty();
		// The requests reached the resolvers, not only the validation.
		assertThat(codes.getOrDefault("(data)", 0)).as("requests answered with data").isGreaterThan(requests / 10);
		assertThat(send(
				new RequestGenerator.Request("{\"query\": \"{ organization(id: \\\"amazon\\\") { id } }\"}", false))
			.getStatus()
			.value()).as("the server still answers").isEqualTo(200);
	}

	/** What is wrong with an answer, or null; counts its codes. */
	private static String failure(EntityExchangeResult<byte[]> result, Map<String, Integer> codes) {
		int status = result.getStatus().value();
		String body = new String(result.getResponseBody(), StandardCharsets.UTF_8);
		if (status >= 500) {
			return "HTTP " + status + ": " + cut(body, 600);
		}
		JsonNode answer;
		try {
			answer = JSON.readTree(body);
		}
		catch (RuntimeException ex) {
			return "not JSON: " + cut(body, 600);
		}
		if (!answer.path("data").isMissingNode() && !answer.path("data").isNull()) {
			codes.merge("(data)", 1, Integer::sum);
		}
		for (JsonNode error : answer.path("errors")) {
			String code = error.path("extensions").path("code").asString("");
			codes.merge(code.isEmpty() ? "(none)" : code, 1, Integer::sum);
			String message = error.path("message").asString("");
			if (code.isEmpty() || code.equals("INTERNAL")) {
				return "error code \"" + code + "\": " + message;
			}
			if (message.length() > 1_000) {
				return "a message of " + message.length() + " characters";
			}
			String shown = error.toString();
			if (shown.matches("(?s).*\\bat [a-z]+\\.[a-z]+\\..*")
					|| shown.matches(
							"(?s).*\\b(?:java|javax|jakarta|org|io|com|tools|graphql|reactor)\\.[a-z]+\\.[A-Za-z].*")
					|| shown.contains("Exception")) {
				return "an error naming Java: " + cut(shown, 600);
			}
		}
		if (answer.path("errors").isMissingNode() && answer.path("data").isMissingNode()) {
			return "neither data nor errors: " + cut(body, 600);
		}
		return null;
	}

	private static String cut(String text, int length) {
		return (text.length() <= length) ? text : text.substring(0, length) + "…";
	}

	private EntityExchangeResult<byte[]> send(RequestGenerator.Request request) {
		WebTestClient.RequestBodySpec spec = this.web.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON, MediaType.parseMediaType("application/graphql-response+json"));
		if (request.withToken()) {
			spec.header("Authorization", "Bearer " + WritingTest.TOKEN);
		}
		return spec.bodyValue(request.body().getBytes(StandardCharsets.UTF_8)).exchange().expectBody().returnResult();
	}

}
