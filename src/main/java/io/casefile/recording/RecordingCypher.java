package io.casefile.recording;

/**
 * The Cypher of the recording core: the reads that decide what each fact is (resolution),
 * then the batched writes of the plan. Labels and relationship types come from fixed
 * enums; every value is a bound parameter. The writes run under the recording lock, after
 * the reads, so a node or relationship the plan creates is one the graph does not have.
 */
final class RecordingCypher {

	private RecordingCypher() {
	}

	/**
	 * Takes the recording lock: one recording at a time, so that what the reads decide
	 * still holds when the writes run, and racing writers of one fact see each other's.
	 */
	static final String LOCK = "MERGE (l:RecordingLock {id: 'recording'}) SET l.locked = true";

	// Resolution

	/** Sources by address and by id, and whether an id was retracted. */
	static final String SOURCES = """
			UNWIND $rows AS row
			OPTIONAL MATCH (byUrl:Source {url: row.url})
			WITH row, collect(byUrl)[0] AS byUrl
			OPTIONAL MATCH (byId:Source {id: row.id})
			RETURN row.i AS i, byUrl.id AS byUrl, byId.id AS byId, properties(coalesce(byUrl, byId)) AS properties,
			       EXISTS { MATCH (:Retracted {id: row.id}) } AS retracted
			""";

	/**
	 * Organizations by id, by identifier, by exact name or alias, and by match key; and
	 * whether the id a new one would take is taken.
	 */
	static final String ORGANIZATIONS = """
			UNWIND $rows AS row
			OPTIONAL MATCH (byId:Organization {id: row.id})
			CALL (row) {
			  UNWIND row.identifiers AS key
			  MATCH (:Identifier {key: key})<-[:IDENTIFIED_BY]-(o:Organization)
			  RETURN collect(DISTINCT {key: key, id: o.id}) AS byIdentifier
			}
			CALL (row) {
			  UNWIND row.keys AS key
			  MATCH (:OrganizationName {key: key})<-[:KNOWN_AS]-(o:Organization)
			  RETURN collect(DISTINCT {key: key, id: o.id}) AS byName
			}
			CALL (row) {
			  UNWIND row.matchKeys AS key
			  MATCH (:OrganizationName {matchKey: key})<-[:KNOWN_AS]-(o:Organization)
			  RETURN collect(DISTINCT {key: key, id: o.id, name: o.name}) AS byMatch
			}
			RETURN row.i AS i, byId.id AS byId, properties(byId) AS properties, byIdentifier, byName, byMatch,
			       EXISTS { MATCH (:Retracted {id: row.id}) } AS retracted,
			       [slug IN row.slugs WHERE EXISTS { MATCH (:Organization {id: slug}) }
			                            OR EXISTS { MATCH (:Retracted {id: slug}) }] AS takenSlugs
			""";

	/** The names, aliases and identifiers organizations already have. */
	static final String ORGANIZATION_NAMES = """
			UNWIND $ids AS id
			MATCH (o:Organization {id: id})
			RETURN o.id AS id, o.name AS name, coalesce(o.aliases, []) AS aliases,
			       [(o)-[:KNOWN_AS]->(n:OrganizationName) | n.key] AS keys,
			       [(o)-[:IDENTIFIED_BY]->(i:Identifier) | i.key] AS identifiers,
			       [(o)-[:HAS_ATTRIBUTE]->(a:Attribute) | a.id] AS attributes
			""";

	/** People by id and by name. */
	static final String PEOPLE = """
			UNWIND $rows AS row
			OPTIONAL MATCH (byId:Person {id: row.id})
			OPTIONAL MATCH (byName:Person {nameKey: row.key})
			WITH row, byId, collect(byName)[0] AS byName
			RETURN row.i AS i, byId.id AS byId, byName.id AS byName,
			       EXISTS { MATCH (:Retracted {id: row.id}) } AS retracted,
			       [slug IN row.slugs WHERE EXISTS { MATCH (:Person {id: slug}) }
			                            OR EXISTS { MATCH (:Retracted {id: slug}) }] AS takenSlugs
			""";

	/**
	 * What references the recording does not resolve itself name in the graph: an
	 * organization (by id, identifier, name or match key) or a person (by id or name).
	 */
	static final String REFERENCES = """
			UNWIND $rows AS row
			OPTIONAL MATCH (organization:Organization {id: row.ref})
			OPTIONAL MATCH (:Identifier {key: row.identifier})<-[:IDENTIFIED_BY]-(identified:Organization)
			OPTIONAL MATCH (:OrganizationName {key: row.key})<-[:KNOWN_AS]-(named:Organization)
			CALL (row) {
			  OPTIONAL MATCH (:OrganizationName {matchKey: row.matchKey})<-[:KNOWN_AS]-(o:Organization)
			  RETURN collect(DISTINCT {id: o.id, name: o.name}) AS matched
			}
			OPTIONAL MATCH (person:Person {id: row.ref})
			CALL (row) {
			  OPTIONAL MATCH (p:Person {nameKey: row.key})
			  RETURN collect(p.id)[0] AS personNamed
			}
			RETURN row.ref AS ref, coalesce(identified.id, organization.id, named.id) AS organization,
			       [m IN matched WHERE m.id IS NOT NULL] AS matched, coalesce(person.id, personNamed) AS person
			""";

	/**
	 * Which of these ids name a source, an event; were retracted; or were merged into
	 * another event (the one they stand for now, following merges of merges).
	 */
	static final String EXISTING = """
			UNWIND $ids AS id
			OPTIONAL MATCH (:Merged {id: id})-[:MERGED_INTO*1..10]->(into:Event)
			RETURN id, EXISTS { MATCH (:Source {id: id}) } AS source, EXISTS { MATCH (:Event {id: id}) } AS event,
			       EXISTS { MATCH (:Retracted {id: id}) } AS retracted, collect(into.id)[0] AS mergedInto
			""";

	/**
	 * The events an incoming event may be, by its anchor (the organization it concerns,
	 * the person or organization who said it, the analyst who made it) and kind; for
	 * layoff waves, only those within the windows of the incoming waves' dates. One row
	 * per anchor and kind, so each event is read once.
	 */
	static final String CANDIDATES = """
			UNWIND $rows AS row
			CALL (row) {
			  MATCH (:Organization {id: row.anchor})<-[:CONCERNS|MADE_BY|SAID_BY]-(e:Event)
			  WHERE e.kind = row.kind
			    AND (row.windows IS NULL
			         OR any(w IN row.windows WHERE e.dateLatest >= w.from AND e.dateEarliest <= w.to))
			  RETURN e
			  UNION
			  MATCH (:Person {id: row.anchor})<-[:SAID_BY]-(e:Event)
			  WHERE e.kind = row.kind
			  RETURN e
			}
			RETURN row.anchor AS anchor, row.kind AS kind, e.id AS id, properties(e) AS properties,
			       [(e)-[r:REPORTED_IN]->(s:Source) | s.id + '|' + coalesce(r.excerptKey, '')] AS cited
			""";

	/** The citations facts of a label already have, by source and excerpt. */
	static String cited(String label) {
		return """
				UNWIND $ids AS id
				MATCH (:%s {id: id})-[r:REPORTED_IN]->(s:Source)
				RETURN id, s.id AS source, r.excerptKey AS excerptKey, r.excerpt AS excerpt
				""".formatted(label);
	}

	/** The figures financial results already report, by metric and segment. */
	static final String FIGURES = """
			UNWIND $ids AS id
			MATCH (:Event {id: id})-[:REPORTS|USES|RESULTS_IN]->(f:Figure)
			RETURN id AS event, f.id AS id, f.metric AS metric, f.segment AS segment
			""";

	/** Roles and projects that exist, by id. */
	static final String ROLES_AND_PROJECTS = """
			UNWIND $ids AS id
			RETURN id, EXISTS { MATCH (:Role {id: id}) } AS role, EXISTS { MATCH (:Project {id: id}) } AS project
			""";

	/** Projects by name. */
	static final String PROJECTS_BY_NAME = """
			UNWIND $keys AS key
			MATCH (p:Project {nameKey: key})
			RETURN key, p.id AS id
			""";

	// Writes

	static final String CREATE_ORGANIZATIONS = """
			UNWIND $rows AS row
			CREATE (o:Organization)
			SET o = row.props, o.recordedAt = $now
			""";

	static final String UPDATE_ALIASES = """
			UNWIND $rows AS row
			MATCH (o:Organization {id: row.id})
			SET o.aliases = row.aliases
			""";

	static final String NAMES = """
			UNWIND $rows AS row
			MATCH (o:Organization {id: row.organization})
			MERGE (n:OrganizationName {key: row.key})
			ON CREATE SET n.name = row.name, n.matchKey = row.matchKey
			MERGE (o)-[:KNOWN_AS]->(n)
			""";

	static final String IDENTIFIERS = """
			UNWIND $rows AS row
			MATCH (o:Organization {id: row.organization})
			MERGE (i:Identifier {key: row.key})
			ON CREATE SET i.type = row.type, i.value = row.value, i.recordedAt = $now
			SET i.exchange = coalesce(i.exchange, row.exchange)
			MERGE (o)-[:IDENTIFIED_BY]->(i)
			""";

	static final String ATTRIBUTES = """
			UNWIND $rows AS row
			MATCH (o:Organization {id: row.organization})
			MERGE (a:Attribute {id: row.id})
			ON CREATE SET a.name = row.name, a.value = row.value, a.recordedAt = $now
			MERGE (o)-[:HAS_ATTRIBUTE]->(a)
			""";

	static final String CREATE_SOURCES = """
			UNWIND $rows AS row
			CREATE (s:Source)
			SET s = row.props, s.recordedAt = $now
			""";

	/** What a source learns from a second door: only what it did not know. */
	static final String FILL_SOURCES = """
			UNWIND $rows AS row
			MATCH (s:Source {id: row.id})
			SET s += row.props
			""";

	static final String CREATE_PEOPLE = """
			UNWIND $rows AS row
			CREATE (p:Person)
			SET p = row.props, p.recordedAt = $now
			""";

	static String upsert(String label) {
		return """
				UNWIND $rows AS row
				MERGE (n:%s {id: row.id})
				ON CREATE SET n.recordedAt = $now
				SET n += row.props
				""".formatted(label);
	}

	static String createEvents(String label) {
		return """
				UNWIND $rows AS row
				CREATE (e:Event:%s)
				SET e = row.props, e.recordedAt = $now
				""".formatted(label);
	}

	static final String CREATE_FIGURES = """
			UNWIND $rows AS row
			CREATE (f:Figure)
			SET f = row.props, f.recordedAt = $now
			""";

	/**
	 * A report date a known event learns: when it had none, or when the new one is
	 * certainly earlier (the first filing, not its amendment, reported the period).
	 */
	static final String REPORT_DATES = """
			UNWIND $rows AS row
			MATCH (e:Event {id: row.id})
			WHERE e.reportedOnEarliest IS NULL OR row.props.reportedOnLatest < e.reportedOnEarliest
			SET e += row.props
			""";

	static String link(String from, String type, String to) {
		return """
				UNWIND $rows AS row
				MATCH (a:%s {id: row.from})
				MATCH (b:%s {id: row.to})
				MERGE (a)-[:%s]->(b)
				""".formatted(from, to, type);
	}

	/** Citations the plan found new: created, each with what its source claims. */
	static String cite(String label) {
		return """
				UNWIND $rows AS row
				MATCH (fact:%s {%s: row.fact})
				MATCH (s:Source {id: row.source})
				CREATE (fact)-[r:REPORTED_IN]->(s)
				SET r = row.props, r.recordedAt = $now
				""".formatted(label, label.equals("Identifier") ? "key" : "id");
	}

	static final String POSSIBLE_DUPLICATES = """
			UNWIND $rows AS row
			MATCH (a:Event {id: row.event})
			MATCH (b:Event {id: row.candidate})
			WHERE NOT EXISTS { (a)-[:DISTINCT_FROM]-(b) }
			MERGE (a)-[p:POSSIBLY_SAME_AS]->(b)
			ON CREATE SET p.foundAt = $now, p.via = row.via
			""";

	/** The files recorded, by name, so that a dataset is known to be written. */
	static final String RECORD_DATASET = """
			UNWIND $rows AS row
			MERGE (d:Dataset {name: row.name})
			ON CREATE SET d.firstWritten = $now
			""";

	static final String DATASET_EXISTS = "RETURN EXISTS { MATCH (:Dataset {name: $name}) }";

}
