package io.casefile.audit;

/**
 * The Cypher of the audit log. A change is a {@code Change} node linked to the facts it
 * touched, so that "what happened to this event" is one hop.
 */
final class AuditQueries {

	/** A change links at most this many facts; an import is described by its file. */
	static final int MAX_LINKED = 100;

	private AuditQueries() {
	}

	static final String RECORD = """
			CREATE (c:Change {id: $id, at: $at, actor: $actor, action: $action, target: $target, summary: $summary})
			WITH c
			UNWIND $ids AS factId
			CALL (factId) {
			  MATCH (fact:Event {id: factId}) RETURN fact
			  UNION MATCH (fact:Organization {id: factId}) RETURN fact
			  UNION MATCH (fact:Person {id: factId}) RETURN fact
			  UNION MATCH (fact:Role {id: factId}) RETURN fact
			  UNION MATCH (fact:Source {id: factId}) RETURN fact
			  UNION MATCH (fact:Project {id: factId}) RETURN fact
			}
			MERGE (c)-[:CHANGED]->(fact)
			""";

	/**
	 * The newest changes first, optionally by one actor or touching one fact, after a
	 * cursor ({@code at|id}).
	 */
	static final String CHANGES = """
			MATCH (c:Change)
			WHERE ($actor IS NULL OR c.actor = $actor)
			  AND ($fact IS NULL OR c.target = $fact OR EXISTS { MATCH (c)-[:CHANGED]->(f) WHERE f.id = $fact })
			  AND ($since IS NULL OR c.at >= $since)
			  AND ($afterAt IS NULL OR c.at < $afterAt OR (c.at = $afterAt AND c.id < $afterId))
			RETURN c {.*} AS change
			ORDER BY c.at DESC, c.id DESC
			LIMIT $limit
			""";

}
