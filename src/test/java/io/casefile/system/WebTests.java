package io.casefile.system;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.casefile.CasefileTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a browser and an operator see: GraphiQL opening on a working example, health with
 * the database, and CORS for configured frontends.
 */
@CasefileTest
class WebTests {

	@Autowired
	WebTestClient web;

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void graphiqlOpensWithAnExampleThatAnswersTheSeedStory() {
		String script = body("/graphiql/casefile-graphiql.js");
		assertThat(script).contains("defaultQuery: example").contains("/graphiql-example.graphql");
		String example = body("/graphiql-example.graphql");
		var answer = this.graphQl.document(example).execute();
		answer.errors().verify();
		answer.path("eventsAfterFinancialThreshold.events.edges[*].node.headcount")
			.entityList(Integer.class)
			.containsExactly(14000, 16000);
		answer.path("eventsAfterFinancialThreshold.events.edges[0].node.citations[0].source.author.name")
			.entity(String.class)
			.isEqualTo("Mike Bavto");
	}

	/**
	 * Newsrooms run machines without internet: the page and everything it loads come from
	 * Casefile itself.
	 */
	@Test
	void graphiqlLoadsNothingFromElsewhere() {
		String page = body("/graphiql?path=/graphql");
		assertThat(page).doesNotContainPattern("(?i)(src|href)=\"(https?:)?//").doesNotContain("esm.sh");
		Matcher assets = Pattern.compile("(?:src|href)=\"(/[^\"]+)\"").matcher(page);
		List<String> loaded = new java.util.ArrayList<>();
		while (assets.find()) {
			loaded.add(assets.group(1));
		}
		assertThat(loaded).contains("/webjars/graphiql/2.4.7/graphiql.min.js",
				"/webjars/react/18.3.1/umd/react.production.min.js", "/graphiql/casefile-graphiql.js");
		loaded.forEach((asset) -> this.web.get().uri(asset).exchange().expectStatus().isOk());
		assertThat(body("/graphiql/casefile-graphiql.js")).doesNotContainPattern("https?://(?!\\$)");
	}

	@Test
	void healthTellsAnyoneWhetherCasefileIsUpButNotItsDetails() {
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
	}

	@Test
	void aConfiguredFrontendOriginMayCallTheApiAndAnotherMayNot() {
		this.web.options()
			.uri("/graphql")
			.header(HttpHeaders.ORIGIN, "http://localhost:5173")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:5173");
		this.web.options()
			.uri("/graphql")
			.header(HttpHeaders.ORIGIN, "https://elsewhere.example")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	/**
	 * GraphiQL keeps headers (a token) between visits: the address it sends them to may
	 * only be a path on this server, whatever {@code ?path=} says.
	 */
	@Test
	void graphiqlSendsItsHeadersOnlyToThisServer() {
		String page = body("/graphiql/casefile-graphiql.js");
		Matcher guard = Pattern.compile("const sameServer = \\(value\\) => \\(value && /(.+?)/\\.test\\(value\\)\\)")
			.matcher(page);
		assertThat(guard.find()).as("the page checks ?path= against a pattern").isTrue();
		assertThat(page).contains("${sameServer(params.get('path'))}").doesNotContain("params.get('path')}");
		Pattern sameServer = Pattern.compile(guard.group(1));
		assertThat(List.of("/graphql", "/api/graphql")).allMatch((path) -> sameServer.matcher(path).matches());
		assertThat(List.of("@evil.example/graphql", "//evil.example/graphql", "/\\evil.example", "https://evil.example",
				".evil.example/graphql", "/graphql?x=@evil", "/graphql#@evil", ""))
			.noneMatch((path) -> sameServer.matcher(path).matches());
	}

	private String body(String uri) {
		return this.web.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

}
