package io.casefile.organization;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.casefile.source.Citation;
import io.casefile.source.Citations;
import io.casefile.system.NotFoundException;
import io.casefile.system.Page;
import io.casefile.system.ReadAlong;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Cypher that finds organizations: by id; by identifier ({@code cik:1018724},
 * {@code ticker:AMZN}); by any name or alias, whatever its case; and, when no name is
 * exactly that, by the match key that sets spelling and legal forms aside
 * ({@link OrganizationNames}), when it fits one organization. A match key that fits
 * several is an {@link AmbiguousNameException} with the candidates: nothing is guessed.
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

	/**
	 * For each text given, the organizations it may name: by id, identifier, exact name
	 * and match key.
	 */
	private static final String FIND = """
			UNWIND $given AS given
			OPTIONAL MATCH (byId:Organization {id: given.id})
			OPTIONAL MATCH (:Identifier {key: given.identifier})<-[:IDENTIFIED_BY]-(byIdentifier:Organization)
			OPTIONAL MATCH (:OrganizationName {key: given.key})<-[:KNOWN_AS]-(byName:Organization)
			CALL (given) {
			  OPTIONAL MATCH (:OrganizationName {matchKey: given.matchKey})<-[:KNOWN_AS]-(m:Organization)
			  WITH DISTINCT m WHERE m IS NOT NULL
			  RETURN collect(%s) AS byMatch
			}
			RETURN given.text AS text, %s AS byId, %s AS byIdentifier, %s AS byName, byMatch
			""".formatted(projection("m"), projection("byId"), projection("byIdentifier"), projection("byName"));

	private static final String PAGE = """
			MATCH (o:Organization)
			WITH o, toLower(o.name) + '|' + o.id AS sortKey
			WHERE $after IS NULL OR sortKey > $after
			RETURN %s AS organization, sortKey
			ORDER BY sortKey
			LIMIT $limit
			""".formatted(PROJECTION);

	private static final String IDENTIFIERS = """
			MATCH (o:Organization)-[:IDENTIFIED_BY]->(i:Identifier)
			WHERE o.id IN $ids
			RETURN o.id AS organization, i.type AS type, i.value AS value, i.exchange AS exchange,
			       %s AS citations
			ORDER BY i.type, i.value
			""".formatted(Citations.of("i"));

	private static final String ATTRIBUTES = """
			MATCH (o:Organization)-[:HAS_ATTRIBUTE]->(a:Attribute)
			WHERE o.id IN $ids
			RETURN o.id AS organization, a.name AS name, a.value AS value, %s AS citations
			ORDER BY a.name, a.value
			""".formatted(Citations.of("a"));

	private final Neo4jClient neo4j;

	OrganizationQueries(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	public Optional<Organization> byId(String id) {
		return this.neo4j.query(BY_ID)
			.bind(id)
			.to("id")
			.fetch()
			.one()
			.map((row) -> Organization.fromRow(map(row.get("organization"))));
	}

	/**
	 * An organization by id, and in the same statement a field another feature reads
	 * along with it.
	 */
	Optional<ReadAlong.Found<Organization>> byId(String id, ReadAlong.Read read) {
		return read.find(this.neo4j, "Organization", projection(ReadAlong.OWNER), id, Organization::fromRow);
	}

	/**
	 * Finds an organization by its name or any alias, whatever the case; else by the name
	 * with spelling and legal form set aside, when that fits one organization.
	 * @throws AmbiguousNameException when it fits several
	 */
	public Optional<Organization> byName(String name) {
		return find(List.of(name), false).get(name).one(name);
	}

	/** Finds an organization by an identifier. */
	public Optional<Organization> byIdentifier(OrganizationIdentifier identifier) {
		String text = identifier.toString();
		return find(List.of(text), false).get(text).one(text);
	}

	/**
	 * Finds an organization by id first, then by identifier ({@code cik:1018724}), then
	 * by name or alias: arguments that accept any of them use this.
	 * @throws AmbiguousNameException when a name fits several
	 */
	public Optional<Organization> byIdOrName(String idOrName) {
		return find(List.of(idOrName), true).get(idOrName).one(idOrName);
	}

	/**
	 * The ids of organizations given by id, identifier or any name, in one query.
	 * @throws NotFoundException for the first one the graph does not have
	 * @throws AmbiguousNameException for the first name that fits several
	 */
	public Map<String, String> idsByIdOrName(Collection<String> given) {
		Map<String, String> ids = new LinkedHashMap<>();
		find(given.stream().distinct().toList(), true).forEach((text, found) -> ids.put(text,
				found.one(text).orElseThrow(() -> new NotFoundException("organization", text)).id()));
		return ids;
	}

	/**
	 * The organizations a text may name, best first: by id, identifier, exact name, then
	 * every organization whose name fits once spelling and legal forms are set aside.
	 */
	List<OrganizationMatch> matches(String text) {
		Found found = find(List.of(text), true).get(text);
		List<OrganizationMatch> matches = new ArrayList<>();
		add(matches, found.byId(), OrganizationMatch.MatchedBy.ID);
		add(matches, found.byIdentifier(), OrganizationMatch.MatchedBy.IDENTIFIER);
		add(matches, found.byName(), OrganizationMatch.MatchedBy.NAME);
		found.byMatch().forEach((o) -> add(matches, o, OrganizationMatch.MatchedBy.SPELLING));
		return matches;
	}

	private static void add(List<OrganizationMatch> matches, @Nullable Organization organization,
			OrganizationMatch.MatchedBy by) {
		if (organization != null
				&& matches.stream().noneMatch((m) -> m.organization().id().equals(organization.id()))) {
			matches.add(new OrganizationMatch(organization, by));
		}
	}

	/** What one given text may name. */
	private record Found(@Nullable Organization byId, @Nullable Organization byIdentifier,
			@Nullable Organization byName, List<Organization> byMatch) {

		Optional<Organization> one(String text) {
			if (this.byIdentifier != null) {
				return Optional.of(this.byIdentifier);
			}
			if (this.byId != null) {
				return Optional.of(this.byId);
			}
			if (this.byName != null) {
				return Optional.of(this.byName);
			}
			if (this.byMatch.size() > 1) {
				throw new AmbiguousNameException(text, this.byMatch);
			}
			return this.byMatch.stream().findFirst();
		}

	}

	private Map<String, Found> find(List<String> texts, boolean byId) {
		List<Map<String, @Nullable Object>> given = new ArrayList<>();
		for (String text : texts) {
			Map<String, @Nullable Object> row = new HashMap<>();
			row.put("text", text);
			row.put("id", byId ? text : null);
			row.put("identifier", OrganizationIdentifier.parse(text).map(OrganizationIdentifier::key).orElse(null));
			row.put("key", OrganizationNames.key(text));
			String matchKey = OrganizationNames.matchKey(text);
			row.put("matchKey", matchKey.isEmpty() ? null : matchKey);
			given.add(row);
		}
		Map<String, Found> found = new HashMap<>();
		if (given.isEmpty()) {
			return found;
		}
		this.neo4j.query(FIND).bind(given).to("given").fetch().all().forEach((row) -> {
			List<Organization> byMatch = maps(row.get("byMatch")).stream().map(Organization::fromRow).toList();
			found.put((String) row.get("text"), new Found(organization(row.get("byId")),
					organization(row.get("byIdentifier")), organization(row.get("byName")), byMatch));
		});
		return found;
	}

	Page.Connection<Organization> page(Page page) {
		List<Map<String, Object>> rows = List.copyOf(this.neo4j.query(PAGE).bindAll(page.parameters()).fetch().all());
		return page.connection(rows, (row) -> (String) row.get("sortKey"))
			.mapNodes((row) -> Organization.fromRow(map(row.get("organization"))));
	}

	/** The identifiers of each of the organizations, in one query. */
	Map<String, List<Identifier>> identifiers(Collection<String> organizationIds) {
		Map<String, List<Identifier>> byOrganization = new HashMap<>();
		this.neo4j.query(IDENTIFIERS)
			.bindAll(Citations.allKnown("ids", List.copyOf(organizationIds)))
			.fetch()
			.all()
			.forEach((row) -> byOrganization.computeIfAbsent((String) row.get("organization"), (k) -> new ArrayList<>())
				.add(new Identifier(IdentifierType.valueOf((String) row.get("type")), (String) row.get("value"),
						(String) row.get("exchange"), Citation.listFrom(row.get("citations")))));
		return byOrganization;
	}

	/**
	 * The attributes of each of the organizations, each with its citations, in one query.
	 */
	Map<String, List<AttributeValue>> attributes(Collection<String> organizationIds) {
		Map<String, List<AttributeValue>> byOrganization = new HashMap<>();
		this.neo4j.query(ATTRIBUTES)
			.bindAll(Citations.allKnown("ids", List.copyOf(organizationIds)))
			.fetch()
			.all()
			.forEach((row) -> byOrganization.computeIfAbsent((String) row.get("organization"), (k) -> new ArrayList<>())
				.add(new AttributeValue((String) row.get("name"), (String) row.get("value"),
						Citation.listFrom(row.get("citations")))));
		return byOrganization;
	}

	private static @Nullable Organization organization(@Nullable Object row) {
		return (row != null) ? Organization.fromRow(map(row)) : null;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, ?> map(Object row) {
		return (Map<String, ?>) row;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, ?>> maps(@Nullable Object rows) {
		return (rows != null) ? (List<Map<String, ?>>) rows : List.of();
	}

	/** An identifier of an organization, and the sources that give it. */
	record Identifier(IdentifierType type, String value, @Nullable String exchange, List<Citation> citations) {
	}

	/** What an organization is, as a source says: its sector, industry, headquarters. */
	record AttributeValue(String name, String value, List<Citation> citations) {
	}

}
