package io.casefile.security;

import java.util.Map;

import io.casefile.WritingTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads are public; every write needs a token. Without one, or with a wrong one, the
 * write is refused with {@code UNAUTHENTICATED} and nothing is written.
 */
@WritingTest
class WritesNeedATokenTests {

	static final String RECORD_ORGANIZATION = "mutation { recordOrganization(organization: {name: \"Unsigned Ltd\"}) { id } }";

	static final String IMPORT = """
			mutation ($csv: String!) { importLayoffTracker(name: "unsigned.csv", csv: $csv) { created } }""";

	static final String CSV = """
			company,location,total_laid_off,date,percentage_laid_off,industry,source,stage,funds_raised,country,date_added
			Unsigned Ltd,Oslo,10,3/2/2024,,Hardware,https://example.org/unsigned,Seed,1,Norway,3/3/2024
			""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Neo4jClient neo4j;

	@Test
	void aMutationWithoutATokenIsRefusedAndWritesNothing() {
		this.graphQl.document(RECORD_ORGANIZATION)
			.execute()
			.errors()
			.expect((error) -> "UNAUTHENTICATED".equals(error.getExtensions().get("code"))
					&& error.getMessage().contains("Authorization: Bearer"))
			.verify();
		this.graphQl.document(IMPORT)
			.variable("csv", CSV)
			.execute()
			.errors()
			.expect((error) -> "UNAUTHENTICATED".equals(error.getExtensions().get("code")))
			.verify();
		assertThat(this.neo4j.query("MATCH (o:Organization {name: 'Unsigned Ltd'}) RETURN count(o)")
			.fetchAs(Long.class)
			.one()
			.orElseThrow()).isZero();
	}

	@Test
	void aWrongTokenIsRefusedBeforeAnythingRuns(@Autowired WebTestClient web) {
		web.post()
			.uri("/graphql")
			.header("Authorization", "Bearer not-a-token-of-casefile")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", RECORD_ORGANIZATION))
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("UNAUTHENTICATED");
	}

	@Test
	void readsNeedNoToken() {
		this.graphQl.document("{ organization(name: \"Amazon\") { id } }")
			.execute()
			.path("organization.id")
			.entity(String.class)
			.isEqualTo("amazon");
	}

	@Test
	void aTrackerImportedWithATokenIsRecordedAsTheTokensIdentity() {
		HttpGraphQlTester importer = this.graphQl.mutate()
			.header("Authorization", "Bearer import-token-0987654321")
			.build();
		importer.document(IMPORT.replace("unsigned.csv", "signed.csv"))
			.variable("csv", CSV.replace("Unsigned Ltd", "Signed Ltd"))
			.execute()
			.path("importLayoffTracker.created")
			.entity(Integer.class)
			.isEqualTo(1);
		this.graphQl.document("{ changes(fact: \"signed.csv\") { edges { node { actor action } } } }")
			.execute()
			.path("changes.edges[0].node.actor")
			.entity(String.class)
			.isEqualTo("importer");
	}

}
