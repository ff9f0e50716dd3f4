package io.casefile.project;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.casefile.organization.Organization;
import io.casefile.organization.OrganizationQueries;
import io.casefile.source.Citation;
import io.casefile.source.Citations;
import io.casefile.system.InvalidArgumentException;
import io.casefile.system.Names;
import io.casefile.system.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers {@code project} and the fields that link projects and organizations, each list
 * in one query.
 */
@Controller
@Transactional(readOnly = true)
class ProjectController {

	private static final String PROJECTION = "p {.id, .name, .description, .chips, .chipModel}";

	private static final String BY_ID = "MATCH (p:Project {id: $id}) RETURN %s AS project".formatted(PROJECTION);

	private static final String BY_NAME = "MATCH (p:Project {nameKey: $key}) RETURN %s AS project"
		.formatted(PROJECTION);

	private static final String BUILDERS = """
			MATCH (o:Organization)-[:BUILDS]->(p:Project)
			WHERE p.id IN $ids
			RETURN p.id AS key, %s AS organization
			ORDER BY o.name
			""".formatted(OrganizationQueries.PROJECTION);

	private static final String PROJECTS_OF_ORGANIZATIONS = """
			MATCH (o:Organization)-[:BUILDS]->(p:Project)
			WHERE o.id IN $ids
			RETURN o.id AS key, %s AS project
			ORDER BY p.name
			""".formatted(PROJECTION);

	private static final String CITATIONS = """
			MATCH (p:Project)
			WHERE p.id IN $ids
			RETURN p.id AS key, %s AS citations
			""".formatted(Citations.of("p"));

	private final Neo4jClient neo4j;

	ProjectController(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	@QueryMapping
	@SuppressWarnings("unchecked")
	Project project(@Argument @Nullable String id, @Argument @Nullable String name) {
		if ((id == null) == (name == null)) {
			throw new InvalidArgumentException(
					"Give exactly one of id and name, such as project(name: \"Project Rainier\")");
		}
		String cypher = (id != null) ? BY_ID : BY_NAME;
		Map<String, Object> params = (id != null) ? Map.of("id", id) : Map.of("key", Names.key(name));
		return this.neo4j.query(cypher)
			.bindAll(params)
			.fetch()
			.one()
			.map((row) -> Project.fromRow((Map<String, ?>) row.get("project")))
			.orElseThrow(() -> (id != null) ? new NotFoundException("project with id", id)
					: new NotFoundException("project named", name));
	}

	@BatchMapping(typeName = "Project", field = "builders")
	@SuppressWarnings("unchecked")
	Map<Project, List<Organization>> builders(List<Project> projects) {
		Map<String, List<Organization>> byProject = grouped(BUILDERS, projects.stream().map(Project::id).toList(),
				(row) -> Organization.fromRow((Map<String, ?>) row.get("organization")));
		return byKey(projects, Project::id, byProject);
	}

	@BatchMapping(typeName = "Project", field = "citations")
	Map<Project, List<Citation>> citations(List<Project> projects) {
		Map<String, List<Citation>> byProject = new HashMap<>();
		this.neo4j.query(CITATIONS)
			.bindAll(Citations.allKnown("ids", projects.stream().map(Project::id).toList()))
			.fetch()
			.all()
			.forEach((row) -> byProject.put((String) row.get("key"), Citation.listFrom(row.get("citations"))));
		return byKey(projects, Project::id, byProject);
	}

	@BatchMapping(typeName = "Organization", field = "projects")
	@SuppressWarnings("unchecked")
	Map<Organization, List<Project>> projects(List<Organization> organizations) {
		Map<String, List<Project>> byOrganization = grouped(PROJECTS_OF_ORGANIZATIONS,
				organizations.stream().map(Organization::id).toList(),
				(row) -> Project.fromRow((Map<String, ?>) row.get("project")));
		return byKey(organizations, Organization::id, byOrganization);
	}

	private <T> Map<String, List<T>> grouped(String cypher, Collection<String> ids,
			Function<Map<String, Object>, T> mapper) {
		Map<String, List<T>> grouped = new HashMap<>();
		this.neo4j.query(cypher)
			.bind(ids)
			.to("ids")
			.fetch()
			.all()
			.forEach((row) -> grouped.computeIfAbsent((String) row.get("key"), (k) -> new ArrayList<>())
				.add(mapper.apply(row)));
		return grouped;
	}

	private static <K, V> Map<K, List<V>> byKey(List<K> keys, Function<K, String> id, Map<String, List<V>> values) {
		return keys.stream()
			.distinct()
			.collect(Collectors.toMap(Function.identity(), (k) -> values.getOrDefault(id.apply(k), List.of())));
	}

}
