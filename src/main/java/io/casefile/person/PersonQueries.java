package io.casefile.person;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.casefile.date.StatedDate;
import io.casefile.organization.Organization;
import io.casefile.organization.OrganizationQueries;
import io.casefile.source.Citation;
import io.casefile.source.Citations;
import io.casefile.system.Names;
import io.casefile.system.Page;
import io.casefile.system.ReadAlong;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Cypher that finds people and the roles they hold, for many people or organizations
 * in one query.
 */
@Repository
@Transactional(readOnly = true)
public class PersonQueries {

	private static final String BY_ID = "MATCH (p:Person {id: $id}) RETURN %s AS person".formatted(projection("p"));

	private static final String BY_NAME = "MATCH (p:Person {nameKey: $key}) RETURN %s AS person"
		.formatted(projection("p"));

	private static final String IDS_BY_ID_OR_NAME = """
			UNWIND $names AS given
			OPTIONAL MATCH (byId:Person {id: given.name})
			OPTIONAL MATCH (byName:Person {nameKey: given.key})
			RETURN given.name AS name, coalesce(byId.id, byName.id) AS id
			""";

	private static final String PAGE = """
			MATCH (p:Person)
			WITH p, p.nameKey + '|' + p.id AS sortKey
			WHERE $after IS NULL OR sortKey > $after
			RETURN p {.id, .name} AS person, sortKey
			ORDER BY sortKey
			LIMIT $limit
			""";

	private static final String ROLE_PROJECTION = """
			{id: r.id, title: r.title, person: p {.id, .name}, organization: %s,
			 fromText: r.fromText, fromPrecision: r.fromPrecision, fromPart: r.fromPart,
			 fromEarliest: r.fromEarliest, fromLatest: r.fromLatest,
			 untilText: r.untilText, untilPrecision: r.untilPrecision, untilPart: r.untilPart,
			 untilEarliest: r.untilEarliest, untilLatest: r.untilLatest,
			 citations: %s}""".formatted(OrganizationQueries.PROJECTION, Citations.of("r"));

	private static final String ROLES_OF_PEOPLE = """
			MATCH (p:Person)-[:HOLDS_ROLE]->(r:Role)-[:AT]->(o:Organization)
			WHERE p.id IN $ids
			RETURN p.id AS key, %s AS role
			ORDER BY r.fromEarliest, o.name, r.title
			""".formatted(ROLE_PROJECTION);

	private static final String ROLES_AT_ORGANIZATIONS = """
			MATCH (p:Person)-[:HOLDS_ROLE]->(r:Role)-[:AT]->(o:Organization)
			WHERE o.id IN $ids
			RETURN o.id AS key, %s AS role
			ORDER BY r.fromEarliest, p.name, r.title
			""".formatted(ROLE_PROJECTION);

	private final Neo4jClient neo4j;

	PersonQueries(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	public Optional<Person> byId(String id) {
		return one(BY_ID, Map.of("id", id));
	}

	/**
	 * A person by id, and in the same statement a field another feature reads along with
	 * it.
	 */
	Optional<ReadAlong.Found<Person>> byId(String id, ReadAlong.Read read) {
		return read.find(this.neo4j, "Person", projection(ReadAlong.OWNER), id, Person::fromRow);
	}

	/** The map every query returns for a person bound to the given variable. */
	private static String projection(String variable) {
		return variable + " {.id, .name}";
	}

	Optional<Person> byName(String name) {
		return one(BY_NAME, Map.of("key", Names.key(name)));
	}

	/**
	 * The ids of people given by id or by name, in one query.
	 * @throws io.casefile.system.NotFoundException for the first one the graph does not
	 * have
	 */
	public Map<String, String> idsByIdOrName(Collection<String> given) {
		return Names.resolve(this.neo4j, IDS_BY_ID_OR_NAME, given, "person");
	}

	Page.Connection<Person> page(Page page) {
		List<Map<String, Object>> rows = List.copyOf(this.neo4j.query(PAGE).bindAll(page.parameters()).fetch().all());
		return page.connection(rows, (row) -> (String) row.get("sortKey")).mapNodes((row) -> person(row));
	}

	/** The roles of each of the people, by person id, in one query. */
	Map<String, List<Role>> rolesOfPeople(Collection<String> personIds) {
		return roles(ROLES_OF_PEOPLE, personIds);
	}

	/** The roles held at each of the organizations, by organization id, in one query. */
	Map<String, List<Role>> rolesAtOrganizations(Collection<String> organizationIds) {
		return roles(ROLES_AT_ORGANIZATIONS, organizationIds);
	}

	@SuppressWarnings("unchecked")
	private Map<String, List<Role>> roles(String cypher, Collection<String> ids) {
		Map<String, List<Role>> byKey = new HashMap<>();
		this.neo4j.query(cypher).bindAll(Citations.allKnown("ids", ids)).fetch().all().forEach((row) -> {
			Map<String, ?> role = (Map<String, ?>) row.get("role");
			byKey.computeIfAbsent((String) row.get("key"), (k) -> new java.util.ArrayList<>()).add(role(role));
		});
		return byKey;
	}

	@SuppressWarnings("unchecked")
	private static Role role(Map<String, ?> row) {
		return new Role((String) row.get("id"), (String) row.get("title"),
				Person.fromRow((Map<String, ?>) row.get("person")),
				Organization.fromRow((Map<String, ?>) row.get("organization")), StatedDate.fromProperties(row, "from"),
				StatedDate.fromProperties(row, "until"), Citation.listFrom(row.get("citations")));
	}

	private Optional<Person> one(String cypher, Map<String, Object> params) {
		return this.neo4j.query(cypher).bindAll(params).fetch().one().map(PersonQueries::person);
	}

	@SuppressWarnings("unchecked")
	private static Person person(Map<String, Object> row) {
		return Person.fromRow((Map<String, ?>) row.get("person"));
	}

}
