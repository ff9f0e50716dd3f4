package io.casefile.connection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.casefile.connection.Path.NeighbourConnection;
import io.casefile.connection.Path.NeighbourEdge;
import io.casefile.connection.Path.Node;
import io.casefile.connection.Path.Step;
import io.casefile.system.InvalidArgumentException;
import io.casefile.system.Messages;
import io.casefile.system.NotFoundException;
import io.casefile.system.Page;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers {@code connections}: the shortest paths between two things, over the
 * relationships of the world (roles, projects, what events concern and who made them),
 * not over the citations that every fact shares.
 */
@Controller
@Transactional(readOnly = true)
class ConnectionController {

	static final int MAX_LENGTH = 6;

	static final int DEFAULT_LENGTH = 4;

	/**
	 * Finds the thing with the id in parameter {@code param} as {@code alias}: a person,
	 * organization, project or event, each through its label's unique index.
	 */
	private static String find(String param, String alias) {
		return """
				CALL () {
				  MATCH (x:Person {id: $%1$s}) RETURN x
				  UNION MATCH (x:Organization {id: $%1$s}) RETURN x
				  UNION MATCH (x:Project {id: $%1$s}) RETURN x
				  UNION MATCH (x:Event {id: $%1$s}) RETURN x
				  UNION MATCH (x:Source {id: $%1$s}) RETURN x
				}
				WITH %2$sx AS %3$s
				""".formatted(param, alias.equals("start") ? "" : "start, ", alias);
	}

	// The length bound of a variable-length pattern cannot be a parameter; it is a
	// checked integer.
	private static final String PATHS = find("from", "start") + find("to", "end") + """
			MATCH p = allShortestPaths((start)-[:%s*..%d]-(end))
			RETURN [n IN nodes(p) | {id: n.id, labels: labels(n), name: coalesce(n.name, n.title)}] AS nodes,
			       [r IN relationships(p) | {type: type(r), from: startNode(r).id}] AS relationships
			LIMIT 10
			""";

	private static final String EXISTS = find("id", "start") + "RETURN count(start) > 0";

	/**
	 * The relationships of the world: who holds which role, who builds what, what events
	 * concern.
	 */
	private static final String WORLD = "HOLDS_ROLE|AT|BUILDS|CONCERNS|SAID_BY|ISSUED_BY|MADE_BY|BASED_ON";

	/** Citations and authorship, for paths through sources. */
	private static final String SOURCES = "|REPORTED_IN|WRITTEN_BY|REPORTS|USES|RESULTS_IN";

	private static final String NEIGHBOURS = find("id", "start") + """
			MATCH (start)-[r]-(n)
			WHERE NOT n:OrganizationName
			// One row per neighbour and kind of link: a fact cited by two sentences of a source is one neighbour.
			WITH DISTINCT n, type(r) AS link, startNode(r) = start AS forward
			WITH n, link, forward, [label IN labels(n) WHERE label <> 'Event'][0] AS type,
			     coalesce(n.name, n.title, n.id) AS name
			WITH n, link, forward, type, name,
			     type + '|' + toLower(name) + '|' + n.id + '|' + link + '|' + toString(forward) AS sortKey
			WHERE $after IS NULL OR sortKey > $after
			RETURN {id: n.id, labels: labels(n), name: name} AS node, link AS type, forward, sortKey
			ORDER BY sortKey
			LIMIT $limit
			""";

	private final Neo4jClient neo4j;

	ConnectionController(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	@QueryMapping
	@SuppressWarnings("unchecked")
	List<Path> connections(@Argument String from, @Argument String to, @Argument @Nullable Integer maxLength,
			@Argument @Nullable Boolean throughSources) {
		int length = (maxLength != null) ? maxLength : DEFAULT_LENGTH;
		if (length < 1 || length > MAX_LENGTH) {
			throw new InvalidArgumentException(
					"maxLength must be between 1 and " + MAX_LENGTH + " but was " + maxLength);
		}
		if (from.equals(to)) {
			throw new InvalidArgumentException("from and to are the same thing (" + Messages.quote(from)
					+ "): name two things to connect, or list what it is linked to with neighbours(id:)");
		}
		requireExists(from);
		requireExists(to);
		String types = Boolean.TRUE.equals(throughSources) ? WORLD + SOURCES : WORLD;
		return this.neo4j.query(PATHS.formatted(types, length))
			.bindAll(Map.of("from", from, "to", to))
			.fetch()
			.all()
			.stream()
			.map((row) -> path((List<Map<String, Object>>) row.get("nodes"),
					(List<Map<String, Object>>) row.get("relationships")))
			// A role reads as one step, so "is CEO of" comes before a detour of the same
			// length.
			.sorted(Comparator.comparingInt((Path p) -> p.steps().size()).thenComparing(Path::sentence))
			.toList();
	}

	@QueryMapping
	@SuppressWarnings("unchecked")
	NeighbourConnection neighbours(@Argument String id, @Argument @Nullable Integer first,
			@Argument @Nullable String after) {
		Page page = Page.of(first, after);
		requireExists(id);
		Map<String, @Nullable Object> params = page.parameters();
		params.put("id", id);
		List<Map<String, Object>> rows = List.copyOf(this.neo4j.query(NEIGHBOURS).bindAll(params).fetch().all());
		Page.Connection<Map<String, Object>> connection = page.connection(rows, (row) -> (String) row.get("sortKey"));
		return new NeighbourConnection(connection.edges()
			.stream()
			.map((edge) -> new NeighbourEdge(node((Map<String, Object>) edge.node().get("node")),
					relation((String) edge.node().get("type"), (Boolean) edge.node().get("forward")), edge.cursor()))
			.toList(), connection.pageInfo());
	}

	private void requireExists(String id) {
		boolean exists = this.neo4j.query(EXISTS).bind(id).to("id").fetchAs(Boolean.class).one().orElse(false);
		if (!exists) {
			throw new NotFoundException("person, organization, project, event or source with id", id);
		}
	}

	/**
	 * Names each step; a role between a person and an organization reads as one step: "is
	 * CEO of".
	 */
	@SuppressWarnings("unchecked")
	private static Path path(List<Map<String, Object>> nodes, List<Map<String, Object>> relationships) {
		List<Step> steps = new ArrayList<>();
		int i = 0;
		while (i < relationships.size()) {
			Map<String, Object> here = nodes.get(i);
			Map<String, Object> next = nodes.get(i + 1);
			Map<String, Object> relationship = relationships.get(i);
			if (isRole(next) && i + 2 < nodes.size()) {
				Map<String, Object> beyond = nodes.get(i + 2);
				boolean personFirst = ((List<String>) here.get("labels")).contains("Person");
				String title = (String) next.get("name");
				steps.add(new Step(node(here), personFirst ? "is " + title + " of" : "has as " + title, node(beyond)));
				i += 2;
				continue;
			}
			boolean forward = here.get("id").equals(relationship.get("from"));
			steps.add(new Step(node(here), relation((String) relationship.get("type"), forward), node(next)));
			i++;
		}
		StringBuilder sentence = new StringBuilder();
		for (int s = 0; s < steps.size(); s++) {
			Step step = steps.get(s);
			if (s == 0) {
				sentence.append(step.from().name());
			}
			else {
				sentence.append(", which");
			}
			sentence.append(' ').append(step.relation()).append(' ').append(step.to().name());
		}
		return new Path(sentence.toString(), steps);
	}

	private static String relation(String type, boolean forward) {
		return switch (type) {
			case "BUILDS" -> forward ? "builds" : "is built by";
			case "CONCERNS" -> forward ? "concerns" : "is the subject of";
			case "SAID_BY" -> forward ? "was said by" : "said";
			case "ISSUED_BY" -> forward ? "was issued by" : "issued";
			case "MADE_BY" -> forward ? "was made by" : "made";
			case "BASED_ON" -> forward ? "is based on" : "is the basis of";
			case "HOLDS_ROLE" -> forward ? "holds the role" : "is held by";
			case "AT" -> forward ? "at" : "has the role";
			case "REPORTED_IN" -> forward ? "is reported in" : "reports";
			case "WRITTEN_BY" -> forward ? "was written by" : "wrote";
			case "REPORTS" -> forward ? "reports the figure" : "is a figure of";
			case "USES" -> forward ? "uses the figure" : "is an input of";
			case "RESULTS_IN" -> forward ? "comes to" : "is the result of";
			default -> type.toLowerCase().replace('_', ' ');
		};
	}

	@SuppressWarnings("unchecked")
	private static boolean isRole(Map<String, Object> node) {
		return ((List<String>) node.get("labels")).contains("Role");
	}

	@SuppressWarnings("unchecked")
	private static Node node(Map<String, Object> row) {
		List<String> labels = (List<String>) row.get("labels");
		String type = labels.stream().filter((l) -> !l.equals("Event")).findFirst().orElse("Event");
		return new Node((String) row.get("id"), type, String.valueOf(row.get("name")));
	}

}
