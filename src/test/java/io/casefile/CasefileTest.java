package io.casefile;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.time.Duration;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.WebTestClientBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port, over the shared in-process Neo4j, with an HTTP
 * GraphQL tester: the tests ask their questions the way a client does. All tests with
 * this annotation share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		// No background warm-up: RoundTripTests counts the statements each request sends.
		properties = { "casefile.neo4j.embedded.enabled=false", "casefile.warm-up=false" })
@AutoConfigureHttpGraphQlTester
@Import(CasefileTest.SharedNeo4jConnection.class)
public @interface CasefileTest {

	@TestConfiguration(proxyBeanMethods = false)
	class SharedNeo4jConnection {

		// The first Cypher query after a start waits for a cold planner: allow it more
		// than the default 5 s.
		@Bean
		WebTestClientBuilderCustomizer patientClient() {
			return (builder) -> builder.responseTimeout(Duration.ofSeconds(60));
		}

		// Counts the Cypher statements the application sends, for RoundTripTests and the
		// benchmark.
		@Bean
		static CypherStatements cypherStatements() {
			return new CypherStatements();
		}

		// Keeps the report of Spring's schema-mapping inspection for
		// SchemaInspectionTests.
		@Bean
		GraphQlSourceBuilderCustomizer keepSchemaReport() {
			return (builder) -> builder.inspectSchemaMappings(SchemaInspection::keep);
		}

		// A test class that brings its own server (the official image, through
		// Testcontainers) sets
		// casefile.test.neo4j=container and spring.neo4j.uri instead.
		@Bean
		@ConditionalOnProperty(name = "casefile.test.neo4j", havingValue = "harness", matchIfMissing = true)
		Neo4jConnectionDetails sharedNeo4jConnectionDetails(@Value("${casefile.test.graph:reads}") String graph) {
			URI uri = SharedNeo4j.boltUri(graph);
			return new Neo4jConnectionDetails() {
				@Override
				public URI getUri() {
					return uri;
				}

				@Override
				public AuthToken getAuthToken() {
					return AuthTokens.none();
				}
			};
		}

	}

}
