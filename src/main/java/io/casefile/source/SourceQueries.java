package io.casefile.source;

import java.util.Map;
import java.util.Optional;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads sources by id.
 */
@Repository
@Transactional(readOnly = true)
public class SourceQueries {

	private final Neo4jClient neo4j;

	SourceQueries(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	@SuppressWarnings("unchecked")
	public Optional<Source> byId(String id) {
		return this.neo4j.query(Citations.SOURCE_BY_ID)
			.bind(id)
			.to("id")
			.fetch()
			.one()
			.map((row) -> Source.fromRow((Map<String, ?>) row.get("source")));
	}

}
