package io.casefile.organization;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.casefile.system.Names;
import io.casefile.system.Page;
import org.jspecify.annotations.Nullable;
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
		return byId(idOrName).or(() -> byName(idOrName));
	}

	Page.Connection<Organization> page(Page page) {
		Map<String, @Nullable Object> params = new java.util.HashMap<>();
		params.put("after", page.after());
		params.put("limit", page.limit());
		Collection<Map<String, Object>> rows = this.neo4j.query(PAGE).bindAll(params).fetch().all();
		List<Map<String, Object>> list = List.copyOf(rows);
		return page.connection(list, (row) -> (String) row.get("sortKey"))
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
