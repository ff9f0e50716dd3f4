package io.casefile.source;

import java.util.Map;

import io.casefile.system.NotFoundException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers {@code source(id)}.
 */
@Controller
@Transactional(readOnly = true)
class SourceController {

	private final Neo4jClient neo4j;

	SourceController(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	@QueryMapping
	@SuppressWarnings("unchecked")
	Source source(@Argument String id) {
		return this.neo4j.query(Citations.SOURCE_BY_ID)
			.bind(id)
			.to("id")
			.fetch()
			.one()
			.map((row) -> Source.fromRow((Map<String, ?>) row.get("source")))
			.orElseThrow(() -> new NotFoundException("source with id", id));
	}

}
