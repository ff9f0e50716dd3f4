package io.casefile.recording;

/**
 * The Cypher of revisions: corrections, retractions, and a person settling which events
 * are one (merge, split, distinct). Each runs under the recording lock and keeps what
 * every source said: a citation moved from one event to another carries its claim with
 * it, and a hidden fact keeps its properties, links and citations.
 */
final class RevisionCypher {

	private RevisionCypher() {
	}

	/** The properties an event has now, before a correction changes some of them. */
	static final String EVENT_PROPERTIES = "MATCH (e:Event {id: $id}) RETURN properties(e) AS props";

	/**
	 * Gives each citation of the events bound to {@code %1$s} that claims nothing of its
	 * own the values it supported until now, so that no source is made to say another
	 * event's values (a correction's, a merged event's).
	 */
	private static final String PIN_CLAIMS = """
			CALL (%1$s) {
			  MATCH (%1$s)-[pinned:REPORTED_IN]->(:Source)
			  WHERE pinned.claimedDatePrecision IS NULL
			  SET pinned.claimedHeadcount = coalesce(pinned.claimedHeadcount, %1$s.headcount),
			      pinned.claimedDateText = %1$s.dateText, pinned.claimedDatePrecision = %1$s.datePrecision,
			      pinned.claimedDatePart = %1$s.datePart, pinned.claimedDateEarliest = %1$s.dateEarliest,
			      pinned.claimedDateLatest = %1$s.dateLatest
			}""";

	/**
	 * A correction: the event takes the new values, cited to the correction's source; its
	 * earlier citations keep what they said.
	 */
	static final String CORRECT = """
			MATCH (e:Event {id: $id})
			%s
			SET e += $props
			WITH e
			MATCH (s:Source {id: $source})
			MERGE (e)-[r:REPORTED_IN {excerptKey: $excerptKey}]->(s)
			ON CREATE SET r += $claim, r.excerpt = $excerpt, r.recordedAt = $now, r.recordedBy = $actor,
			              r.position = 0
			RETURN e.id AS id
			""".formatted(PIN_CLAIMS.formatted("e"));

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

	/** The events a merge or split names, with their kinds and figures' metrics. */
	static final String EVENTS = """
			UNWIND $ids AS id
			OPTIONAL MATCH (e:Event {id: id})
			RETURN id, e.kind AS kind, [(e)-[:REPORTS]->(f:Figure) | f.metric + '|' + coalesce(f.segment, '')] AS figures
			""";

	/**
	 * Merges events into one: each merged event's citations move to it, each with what it
	 * claimed (its event's values pinned first), marked with where they came from; its
	 * organizations and figures join it; its possible duplicates become the kept event's;
	 * and it is hidden as {@code Merged}, linked to the event it is now, with who, when,
	 * why and on what source. A split of the moved citations restores it.
	 */
	static final String MERGE = """
			MATCH (into:Event {id: $into})
			UNWIND $events AS mergedId
			MATCH (m:Event {id: mergedId})
			WHERE m <> into
			%s
			CALL (into, m) {
			  MATCH (m)-[r:REPORTED_IN]->(s:Source)
			  CREATE (into)-[moved:REPORTED_IN]->(s)
			  SET moved = properties(r), moved.movedFrom = m.id
			  DELETE r
			}
			CALL (into, m) {
			  MATCH (m)-[:CONCERNS]->(o:Organization)
			  MERGE (into)-[:CONCERNS]->(o)
			}
			CALL (into, m) {
			  MATCH (m)-[reports:REPORTS]->(f:Figure)
			  CREATE (into)-[:REPORTS]->(f)
			  SET f.movedFrom = m.id
			  DELETE reports
			}
			CALL (into, m) {
			  MATCH (m)-[p:POSSIBLY_SAME_AS]-(other:Event)
			  WITH p, other, startNode(p) = m AS outgoing
			  DELETE p
			  WITH other WHERE other <> into
			  MERGE (into)-[kept:POSSIBLY_SAME_AS]->(other)
			  ON CREATE SET kept.foundAt = $now, kept.via = 'merge'
			}
			WITH into, m, labels(m) AS kept
			REMOVE m:$(kept)
			SET m:Merged, m.mergedLabels = kept, m.mergedAt = $now, m.mergedBy = $actor
			CREATE (m)-[:MERGED_INTO {reason: $reason, source: $source, excerpt: $excerpt, at: $now, by: $actor}]->(into)
			RETURN m.id AS id
			"""
		.formatted(PIN_CLAIMS.formatted("m"));

	/** The citations of an event from some sources, and the event each was moved from. */
	static final String CITATIONS_FROM = """
			MATCH (e:Event {id: $id})-[r:REPORTED_IN]->(s:Source)
			WHERE s.id IN $sources
			OPTIONAL MATCH (merged:Merged {id: r.movedFrom})-[:MERGED_INTO]->(e)
			RETURN s.id AS source, r.movedFrom AS movedFrom, merged IS NOT NULL AS restorable,
			       properties(r) AS claim
			""";

	/**
	 * Undoes a merge: the merged event is an event again, with its labels, and the
	 * citations and figures moved from it go back; the two are marked distinct.
	 */
	static final String RESTORE = """
			MATCH (e:Event {id: $id})
			MATCH (m:Merged {id: $merged})-[link:MERGED_INTO]->(e)
			WITH e, m, link, m.mergedLabels AS labels
			DELETE link
			REMOVE m:Merged
			SET m:$(labels)
			REMOVE m.mergedLabels, m.mergedAt, m.mergedBy
			WITH e, m
			CALL (e, m) {
			  MATCH (e)-[r:REPORTED_IN]->(s:Source)
			  WHERE r.movedFrom = m.id
			  CREATE (m)-[back:REPORTED_IN]->(s)
			  SET back = properties(r)
			  REMOVE back.movedFrom
			  DELETE r
			}
			CALL (e, m) {
			  MATCH (e)-[reports:REPORTS]->(f:Figure)
			  WHERE f.movedFrom = m.id
			  CREATE (m)-[:REPORTS]->(f)
			  REMOVE f.movedFrom
			  DELETE reports
			}
			MERGE (m)-[d:DISTINCT_FROM]->(e)
			SET d.reason = $reason, d.source = $source, d.excerpt = $excerpt, d.at = $now, d.by = $actor
			RETURN m.id AS id
			""";

	/**
	 * Splits an event: a new event of its kind, with its organizations, takes the
	 * citations of some sources, and the values they claim; the two are marked distinct.
	 */
	static final String SPLIT = """
			MATCH (e:Event {id: $id})
			WITH e, [label IN labels(e) WHERE label <> 'Event'] AS kind
			CREATE (split:Event {id: $newId})
			SET split = properties(e), split.id = $newId, split.sortKey = $sortKey, split += $claimed,
			    split.recordedAt = $now, split.splitFrom = e.id
			SET split:$(kind)
			WITH e, split
			CALL (e, split) {
			  MATCH (e)-[:CONCERNS]->(o:Organization)
			  CREATE (split)-[:CONCERNS]->(o)
			}
			CALL (e, split) {
			  MATCH (e)-[r:REPORTED_IN]->(s:Source)
			  WHERE s.id IN $sources
			  CREATE (split)-[moved:REPORTED_IN]->(s)
			  SET moved = properties(r), moved.movedFrom = e.id
			  DELETE r
			}
			OPTIONAL MATCH (e)-[p:POSSIBLY_SAME_AS]-(split)
			DELETE p
			MERGE (split)-[d:DISTINCT_FROM]->(e)
			SET d.reason = $reason, d.source = $source, d.excerpt = $excerpt, d.at = $now, d.by = $actor
			RETURN split.id AS id
			""";

	/** Two events a person says are distinct: no longer possible duplicates. */
	static final String DISTINCT = """
			MATCH (a:Event {id: $a})
			MATCH (b:Event {id: $b})
			OPTIONAL MATCH (a)-[p:POSSIBLY_SAME_AS]-(b)
			DELETE p
			MERGE (a)-[d:DISTINCT_FROM]->(b)
			SET d.reason = $reason, d.at = $now, d.by = $actor
			RETURN a.id AS id
			""";

}
