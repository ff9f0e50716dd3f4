package io.casefile.organization;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.casefile.system.Names;
import io.casefile.system.Page;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Cypher that finds organizations, by id, by any name or alias, and in pages by name.
 */
@Repository
@Transactional(readOnly = true)
public class OrganizationQueries {

	/** The map every query returns for an organization bound to {@code o}. */
	public static final String PROJECTION = projection("o");

	/** The map every query returns for an organization bound to the given variable. */
	public static String projection(String variable) {
		return variable + " {.id, .name, .aliases, .kind}";
	}

	private static final String BY_ID = """
			MATCH (o:Organization {id: $id})
			RETURN %s AS organization
			""".formatted(PROJECTION);

	private static final String BY_NAME = """
			MATCH (o:Organization)-[:KNOWN_AS]->(:OrganizationName {key: $key})
			RETURN %s AS organization
			""".formatted(PROJECTION);

	/** By id first, else by name or alias: one statement either way. */
	private static final String BY_ID_OR_NAME = """
			OPTIONAL MATCH (byId:Organization {id: $id})
			OPTIONAL MATCH (byName:Organization)-[:KNOWN_AS]->(:OrganizationName {key: $key})
			WITH coalesce(byId, byName) AS o
			WHERE o IS NOT NULL
			RETURN %s AS organization
			""".formatted(PROJECTION);

	private static final String IDS_BY_ID_OR_NAME = """
			UNWIND $names AS given
			OPTIONAL MATCH (byId:Organization {id: given.name})
			OPTIONAL MATCH (byName:Organization)-[:KNOWN_AS]->(:OrganizationName {key: given.key})
			RETURN given.name AS name, coalesce(byId.id, byName.id) AS id
			""";

	private static final String PAGE = """
			MATCH (o:Organization)
			WITH o, toLower(o.name) + '|' + o.id AS sortKey
			WHERE $after IS NULL OR sortKey > $after
			RETURN %s AS organization, sortKey
			ORDER BY sortKey
			LIMIT $limit
			""".formatted(PROJECTION);

	private final Neo4jClient neo4j;

	OrganizationQueries(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	public Optional<Organization> byId(String id) {
		return one(BY_ID, Map.of("id", id));
	}

	/** Finds an organization by its name or any alias, whatever the case. */
	public Optional<Organization> byName(String name) {
		return one(BY_NAME, Map.of("key", Names.key(name)));
	}

	/**
	 * Finds an organization by id first, then by name or alias: arguments that accept
	 * either use this.
	 */
	public Optional<Organization> byIdOrName(String idOrName) {
		return one(BY_ID_OR_NAME, Map.of("id", idOrName, "key", Names.key(idOrName)));
	}

	/**
	 * The ids of organizations given by id or by any name, in one query.
	 * @throws io.casefile.system.NotFoundException for the first one the graph does not
	 * have
	 */
	public Map<String, String> idsByIdOrName(Collection<String> given) {
		return Names.resolve(this.neo4j, IDS_BY_ID_OR_NAME, given, "organization");
	}

	Page.Connection<Organization> page(Page page) {
		List<Map<String, Object>> rows = List.copyOf(this.neo4j.query(PAGE).bindAll(page.parameters()).fetch().all());
		return page.connection(rows, (row) -> (String) row.get("sortKey"))
			.mapNodes((row) -> Organization.fromRow(organization(row)));
	}

	private Optional<Organization> one(String cypher, Map<String, Object> params) {
		return this.neo4j.query(cypher)
			.bindAll(params)
			.fetch()
			.one()
			.map((row) -> Organization.fromRow(organization(row)));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, ?> organization(Map<String, Object> row) {
		return (Map<String, ?>) row.get("organization");
	}

}
