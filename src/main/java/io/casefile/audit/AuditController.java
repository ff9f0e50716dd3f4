package io.casefile.audit;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import io.casefile.system.InvalidArgumentException;
import io.casefile.system.Page;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who changed what and when: the audit log, newest first, by actor or by fact.
 */
@Controller
@Transactional(readOnly = true)
class AuditController {

	private final Neo4jClient neo4j;

	AuditController(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	@QueryMapping
	@SuppressWarnings("unchecked")
	Page.Connection<Change> changes(@Argument @Nullable String actor, @Argument @Nullable String fact,
			@Argument @Nullable ZonedDateTime since, @Argument @Nullable Integer first,
			@Argument @Nullable String after) {
		Page page = Page.of(first, after);
		Map<String, @Nullable Object> params = page.parameters();
		params.put("actor", actor);
		params.put("fact", fact);
		params.put("since", since);
		// The cursor is the change's time and id.
		String cursor = (String) params.get("after");
		params.put("afterAt", null);
		params.put("afterId", null);
		if (cursor != null) {
			int bar = cursor.indexOf('|');
			if (bar < 0) {
				throw new InvalidArgumentException("The cursor \"" + after + "\" is not one this list gave");
			}
			try {
				params.put("afterAt", ZonedDateTime.parse(cursor.substring(0, bar)));
			}
			catch (java.time.format.DateTimeParseException ex) {
				throw new InvalidArgumentException("The cursor \"" + after + "\" is not one this list gave");
			}
			params.put("afterId", cursor.substring(bar + 1));
		}
		List<Map<String, Object>> rows = List.copyOf(this.neo4j.query(AuditQueries.CHANGES)
			.bindAll(params)
			.fetch()
			.all()
			.stream()
			.map((row) -> (Map<String, Object>) row.get("change"))
			.toList());
		return page.connection(rows, (row) -> row.get("at") + "|" + row.get("id")).mapNodes(Change::fromRow);
	}

}
