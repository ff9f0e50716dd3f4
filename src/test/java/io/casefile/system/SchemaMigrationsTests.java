package io.casefile.system;

import io.casefile.CasefileTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The versioned migrations have run once at start, and running them again changes
 * nothing.
 */
@CasefileTest
class SchemaMigrationsTests {

	@Autowired
	SchemaMigrations migrations;

	@Autowired
	Neo4jClient neo4j;

	@Test
	void everyMigrationRanOnceAndRunningThemAgainChangesNothing() {
		long constraints = count("SHOW CONSTRAINTS YIELD name RETURN count(name)");
		long indexes = count("SHOW INDEXES YIELD name RETURN count(name)");
		assertThat(constraints).isEqualTo(15);
		assertThat(count("MATCH (m:Migration) RETURN count(m)")).isEqualTo(SchemaMigrations.migrations().size());

		this.migrations.afterPropertiesSet();

		assertThat(count("SHOW CONSTRAINTS YIELD name RETURN count(name)")).isEqualTo(constraints);
		assertThat(count("SHOW INDEXES YIELD name RETURN count(name)")).isEqualTo(indexes);
		assertThat(count("MATCH (m:Migration) RETURN count(m)")).isEqualTo(SchemaMigrations.migrations().size());
	}

	@Test
	void idsAreUniquePerLabel() {
		assertThat(count("SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type WHERE type = 'UNIQUENESS' "
				+ "AND labelsOrTypes = ['Event'] AND properties = ['id'] RETURN count(*)"))
			.isEqualTo(1);
	}

	private long count(String cypher) {
		return this.neo4j.query(cypher).fetchAs(Long.class).one().orElseThrow();
	}

}
