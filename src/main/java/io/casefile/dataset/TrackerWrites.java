package io.casefile.dataset;

/**
 * The Cypher of the tracker import: the reads that decide what each row is, then the
 * batched writes. Every value is a bound parameter and every write a MERGE, so a file
 * imported twice, or by two writers at once, leaves one of each fact.
 */
final class TrackerWrites {

	private TrackerWrites() {
	}

	/** The organization each name key belongs to, or null. */
	static final String ORGANIZATIONS_BY_NAME = """
			UNWIND $names AS name
			OPTIONAL MATCH (:OrganizationName {key: name.key})<-[:KNOWN_AS]-(o:Organization)
			RETURN name.key AS key, o.id AS id
			""";

	/**
	 * Which of these ids another organization already has: one not known by the name the
	 * id was made from. (One that is, a parallel import created a moment ago: it is the
	 * same company.)
	 */
	static final String TAKEN_IDS = """
			UNWIND $rows AS row
			MATCH (o:Organization {id: row.id})
			WHERE NOT EXISTS { (o)-[:KNOWN_AS]->(:OrganizationName {key: row.key}) }
			RETURN o.id
			""";

	/**
	 * For each row, the organization's layoff wave whose dates contain the row's day (the
	 * narrowest, if several do), and whether that wave already has the row's citation.
	 */
	static final String MATCH_CLAIMS = """
			UNWIND $rows AS row
			OPTIONAL MATCH (o:Organization {id: row.organization})
			CALL (o, row) {
			  OPTIONAL MATCH (o)<-[:CONCERNS]-(wave:LayoffWave)
			  WHERE wave.dateEarliest <= row.day AND wave.dateLatest >= row.day
			  RETURN wave
			  ORDER BY duration.inDays(wave.dateEarliest, wave.dateLatest).days, wave.id
			  LIMIT 1
			}
			RETURN row.index AS index, wave.id AS event,
			  wave IS NOT NULL
			  AND EXISTS { (wave)-[:REPORTED_IN {excerpt: row.excerpt}]->(:Source {id: row.source}) } AS cited
			""";

	static final String CREATE_ORGANIZATIONS = """
			UNWIND $rows AS row
			MERGE (o:Organization {id: row.id})
			ON CREATE SET o.name = row.name, o.kind = 'COMPANY', o.aliases = [], o.recordedAt = $now
			MERGE (n:OrganizationName {key: row.key})
			ON CREATE SET n.name = row.name
			MERGE (o)-[:KNOWN_AS]->(n)
			""";

	static final String MERGE_SOURCES = """
			UNWIND $rows AS row
			MERGE (s:Source {id: row.id})
			ON CREATE SET s += row.props, s.recordedAt = $now
			""";

	/** New waves only: a wave keeps what was first recorded about it. */
	static final String MERGE_EVENTS = """
			UNWIND $rows AS row
			MATCH (o:Organization {id: row.organization})
			MERGE (e:Event {id: row.id})
			ON CREATE SET e:LayoffWave, e += row.props, e.recordedAt = $now
			MERGE (e)-[:CONCERNS]->(o)
			""";

	/**
	 * Each row's citation, with what its source claims and since when that was known.
	 */
	static final String MERGE_CITATIONS = """
			UNWIND $rows AS row
			MATCH (e:Event {id: row.event})
			MATCH (s:Source {id: row.source})
			MERGE (e)-[r:REPORTED_IN {excerpt: row.excerpt}]->(s)
			ON CREATE SET r += row.claim, r.recordedAt = $now
			""";

}
