package io.casefile.audit;

import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a change in the transaction of the write it describes: if the write rolls back,
 * so does its record, and a write that lands always has one.
 */
@Component
public class AuditLog {

	private final Neo4jClient neo4j;

	AuditLog(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * Records that {@code actor} did {@code action} to the facts with these ids (at most
	 * {@link AuditQueries#MAX_LINKED} are linked; an import names its file instead).
	 * @param summary what changed, in a sentence a person reads
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Change record(String actor, String action, String target, Collection<String> ids, String summary) {
		Change change = new Change(UUID.randomUUID().toString(), ZonedDateTime.now(), actor, action, target, summary);
		List<String> linked = ids.stream().distinct().limit(AuditQueries.MAX_LINKED).toList();
		this.neo4j.query(AuditQueries.RECORD)
			.bindAll(Map.of("id", change.id(), "at", change.at(), "actor", actor, "action", action, "target", target,
					"summary", summary, "ids", linked))
			.run();
		return change;
	}

}
