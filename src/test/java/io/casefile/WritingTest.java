package io.casefile;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Like {@link CasefileTest}, but over a graph of its own ({@code writes} in
 * {@link SharedNeo4j}): tests that import trackers and edit facts change this graph, not
 * the one the reading tests assert on. Its tests share one context and one graph, so each
 * asserts what its own writes did, whatever the others wrote.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "casefile.neo4j.embedded.enabled=false", "casefile.warm-up=false", "casefile.test.graph=writes",
				"casefile.security.tokens=tester:test-token-1234567890," + "importer:import-token-0987654321" })
@AutoConfigureHttpGraphQlTester
@Import(CasefileTest.SharedNeo4jConnection.class)
public @interface WritingTest {

	/** The token of the {@code tester} identity that {@link WritingTest} configures. */
	String TOKEN = "test-token-1234567890";

}
