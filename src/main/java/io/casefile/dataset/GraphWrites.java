package io.casefile.dataset;

/**
 * The Cypher that writes datasets. Labels and relationship types come from fixed enums;
 * every value is a bound parameter. Every write is a MERGE on a stable id, so writing the
 * same rows twice changes nothing.
 */
final class GraphWrites {

	private GraphWrites() {
	}

	static String upsertNodes(String label) {
		// Events carry two labels: Event and their kind's (LayoffWave, Statement, ...).
		String labels = isEventKind(label) ? "Event:" + label : label;
		return """
				UNWIND $rows AS row
				MERGE (n:%s {id: row.id})
				ON CREATE SET n.recordedAt = $now
				SET n += row.props
				""".formatted(labels);
	}

	static final String ORGANIZATION_NAMES = """
			UNWIND $rows AS row
			MATCH (o:Organization {id: row.organization})
			MERGE (n:OrganizationName {key: row.key})
			ON CREATE SET n.name = row.name
			MERGE (o)-[:KNOWN_AS]->(n)
			""";

	static final String NAME_CONFLICTS = """
			UNWIND $rows AS row
			MATCH (owner:Organization)-[:KNOWN_AS]->(:OrganizationName {key: row.key})
			WHERE owner.id <> row.organization
			RETURN row.name AS name, row.organization AS organization, owner.id AS owner
			""";

	static String link(GraphChanges.Link link) {
		return """
				UNWIND $rows AS row
				MATCH (a:%s {id: row.from})
				MATCH (b:%s {id: row.to})
				MERGE (a)-[:%s]->(b)
				""".formatted(link.from(), link.to(), link.type());
	}

	static String cite(GraphLabel label) {
		return """
				UNWIND $rows AS row
				MATCH (fact:%s {id: row.fact})
				MATCH (source:Source {id: row.source})
				MERGE (fact)-[r:REPORTED_IN {excerpt: row.excerpt}]->(source)
				ON CREATE SET r.recordedAt = $now, r.position = row.position
				""".formatted(label);
	}

	static String existingIds(GraphLabel label) {
		return "MATCH (n:%s) WHERE n.id IN $ids RETURN n.id".formatted(label);
	}

	static final String RECORD_DATASET = """
			MERGE (d:Dataset {name: $name})
			ON CREATE SET d.firstWritten = $now
			""";

	static final String DATASET_EXISTS = "RETURN EXISTS { MATCH (:Dataset {name: $name}) }";

	private static boolean isEventKind(String label) {
		for (var kind : io.casefile.event.EventKind.values()) {
			if (kind.label().equals(label)) {
				return true;
			}
		}
		return false;
	}

}
