package io.casefile.writing;

/**
 * The Cypher of single-fact writes that the dataset import does not do: claims about an
 * existing event, corrections, retractions. Every value is a bound parameter.
 */
final class FactWrites {

	private FactWrites() {
	}

	static final String EVENT_EXISTS = "RETURN EXISTS { MATCH (:Event {id: $id}) } AS exists";

	static final String RETRACTED = "RETURN EXISTS { MATCH (:Retracted {id: $id}) } AS retracted";

	/**
	 * Another source's claim about an existing event: a citation that records what this
	 * source says, never a change to the event.
	 */
	static final String ADD_CLAIMS = """
			MATCH (e:Event {id: $id})
			UNWIND $citations AS citation
			MATCH (s:Source {id: citation.source})
			MERGE (e)-[r:REPORTED_IN {excerpt: citation.excerpt}]->(s)
			ON CREATE SET r += $claim, r.recordedAt = $now, r.recordedBy = $actor, r.position = citation.position
			RETURN count(r) AS claims
			""";

	/** The properties an event has now, before a correction changes some of them. */
	static final String EVENT_PROPERTIES = "MATCH (e:Event {id: $id}) RETURN properties(e) AS props";

	/**
	 * A correction. First every citation that claimed nothing of its own is given the
	 * values it supported until now, so that no source is made to say the corrected
	 * values; then the event takes them, cited to the correction's source.
	 */
	static final String CORRECT = """
			MATCH (e:Event {id: $id})
			CALL (e) {
			  MATCH (e)-[r:REPORTED_IN]->(:Source)
			  WHERE r.claimedHeadcount IS NULL AND r.claimedDatePrecision IS NULL
			  SET r.claimedHeadcount = e.headcount,
			      r.claimedDateText = e.dateText, r.claimedDatePrecision = e.datePrecision,
			      r.claimedDatePart = e.datePart, r.claimedDateEarliest = e.dateEarliest,
			      r.claimedDateLatest = e.dateLatest
			}
			SET e += $props
			WITH e
			MATCH (s:Source {id: $source})
			MERGE (e)-[r:REPORTED_IN {excerpt: $excerpt}]->(s)
			ON CREATE SET r += $claim, r.recordedAt = $now, r.recordedBy = $actor, r.position = 0
			RETURN e.id AS id
			""";

	/**
	 * A retraction: the fact keeps its properties, links and citations, but loses its
	 * labels (kept in {@code retractedLabels}) for {@code Retracted}, so that no read
	 * finds it any more.
	 */
	static final String RETRACT = """
			CALL () {
			  MATCH (n:Event {id: $id}) RETURN n
			  UNION MATCH (n:Organization {id: $id}) RETURN n
			  UNION MATCH (n:Person {id: $id}) RETURN n
			  UNION MATCH (n:Role {id: $id}) RETURN n
			  UNION MATCH (n:Project {id: $id}) RETURN n
			  UNION MATCH (n:Source {id: $id}) RETURN n
			}
			WITH n, labels(n) AS kept
			LIMIT 1
			REMOVE n:$(kept)
			SET n:Retracted, n.retractedLabels = kept, n.retractedAt = $now, n.retractedBy = $actor,
			    n.retractionReason = $reason
			RETURN n.id AS id, kept AS labels, coalesce(n.title, n.name) AS title
			""";

	/** Retracted facts, newest first. */
	static final String RETRACTIONS = """
			MATCH (n:Retracted)
			WHERE $after IS NULL OR toString(n.retractedAt) + '|' + n.id < $after
			RETURN n.id AS id, n.retractedLabels AS labels, coalesce(n.title, n.name) AS title,
			       n.retractedAt AS at, n.retractedBy AS actor, n.retractionReason AS reason,
			       toString(n.retractedAt) + '|' + n.id AS sortKey
			ORDER BY sortKey DESC
			LIMIT $limit
			""";

	static final String ORGANIZATION_ALIASES = "MATCH (o:Organization {id: $id}) RETURN o.aliases AS aliases";

	static final String PERSON_BY_NAME = "MATCH (p:Person {nameKey: $key}) RETURN p.id AS id LIMIT 1";

}
