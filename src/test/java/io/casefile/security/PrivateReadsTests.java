package io.casefile.security;

import io.casefile.CasefileTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A newsroom that keeps its graph private ({@code casefile.security.public-reads=false}):
 * every read needs a token, through GraphQL and through the export files alike.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "casefile.neo4j.embedded.enabled=false", "casefile.warm-up=false",
				"casefile.security.public-reads=false", "casefile.security.tokens=reader:reader-token-1234567890" })
@AutoConfigureWebTestClient
@Import(CasefileTest.SharedNeo4jConnection.class)
class PrivateReadsTests {

	private static final String TOKEN = "Bearer reader-token-1234567890";

	@Autowired
	WebTestClient web;

	@Test
	void aReadWithoutATokenIsRefused() {
		this.web.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"query\": \"{ organization(id: \\\"amazon\\\") { name } }\"}")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("UNAUTHENTICATED");
	}

	@Test
	void anExportWithoutATokenIsRefusedAndWithOneIsWritten() {
		this.web.get()
			.uri("/export/events.csv?lane=organization:amazon")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("UNAUTHENTICATED");
		this.web.get()
			.uri("/export/events.csv?lane=organization:amazon")
			.header("Authorization", TOKEN)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((csv) -> org.assertj.core.api.Assertions.assertThat(csv).contains("amazon-layoffs-2025-10"));
	}

}
