package io.casefile.event;

import io.casefile.OnNeo4jImage;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * Questions 2, 4, 5, 6 and 7 again, against the official Neo4j image instead of the
 * in-process database.
 */
@Testcontainers(disabledWithoutDocker = true)
class SeedStoryOnNeo4jImageTests extends SeedStoryTests {

	@DynamicPropertySource
	static void neo4j(DynamicPropertyRegistry registry) {
		OnNeo4jImage.register(registry);
	}

}
