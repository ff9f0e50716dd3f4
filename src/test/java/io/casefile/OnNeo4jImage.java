package io.casefile;

import org.testcontainers.neo4j.Neo4jContainer;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The official Neo4j image of the version the application embeds, for the end-to-end
 * suites' second run where a Docker engine exists (there is none on the project's CI
 * machines, so there they are skipped and the in-process run is the one that counts).
 */
public final class OnNeo4jImage {

	public static final String IMAGE = "neo4j:2026.08.1";

	private static Neo4jContainer container;

	private OnNeo4jImage() {
	}

	/** Starts the container once per test run and points the application at it. */
	public static synchronized void register(DynamicPropertyRegistry registry) {
		if (container == null) {
			container = new Neo4jContainer(IMAGE).withoutAuthentication();
			container.start();
			Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
		}
		registry.add("spring.neo4j.uri", container::getBoltUrl);
		registry.add("casefile.test.neo4j", () -> "container");
	}

}
