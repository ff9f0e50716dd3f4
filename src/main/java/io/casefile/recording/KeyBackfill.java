package io.casefile.recording;

import java.util.List;
import java.util.Map;

import io.casefile.organization.OrganizationNames;
import io.casefile.system.SchemaMigrations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Gives what earlier versions wrote the keys the recording core finds facts by: a match
 * key on every organization name, an excerpt key on every citation. Cypher cannot compute
 * either, so it runs at start, after the migrations, in batches, and does nothing once
 * every name and citation has its key.
 */
@Component
class KeyBackfill implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(KeyBackfill.class);

	private static final int BATCH = 10_000;

	private final Neo4jClient neo4j;

	// Depends on the migrations so that the indexes exist first.
	KeyBackfill(Neo4jClient neo4j, SchemaMigrations migrations) {
		this.neo4j = neo4j;
	}

	@Override
	public void afterPropertiesSet() {
		int names = backfill("MATCH (n:OrganizationName) WHERE n.matchKey IS NULL RETURN n.key AS key, n.name AS text",
				"UNWIND $rows AS row MATCH (n:OrganizationName {key: row.key}) SET n.matchKey = row.value",
				OrganizationNames::matchKey);
		int citations = backfill("""
				MATCH ()-[r:REPORTED_IN]->() WHERE r.excerptKey IS NULL
				RETURN elementId(r) AS key, r.excerpt AS text""",
				"UNWIND $rows AS row MATCH ()-[r:REPORTED_IN]->() WHERE elementId(r) = row.key SET r.excerptKey = row.value",
				Ids::excerptKey);
		if (names + citations > 0) {
			log.info("Gave {} organization names their match key and {} citations their excerpt key", names, citations);
		}
	}

	private int backfill(String find, String set, java.util.function.Function<String, String> key) {
		int total = 0;
		while (true) {
			List<Map<String, Object>> rows = this.neo4j.query(find + " LIMIT " + BATCH)
				.fetch()
				.all()
				.stream()
				.map((row) -> Map.<String, Object>of("key", row.get("key"), "value",
						key.apply(String.valueOf(row.get("text")))))
				.toList();
			if (rows.isEmpty()) {
				return total;
			}
			this.neo4j.query(set).bind(rows).to("rows").run();
			total += rows.size();
		}
	}

}
