package io.casefile.capex;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.casefile.event.Event;
import io.casefile.event.EventQueries;
import io.casefile.event.EventSelection;
import io.casefile.organization.Organization;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Answers {@code Organization.capexByYear} for every organization of a request in two
 * queries: which capex figures each has, then the figures themselves with their
 * citations.
 */
@Controller
class CapexController {

	/** The capex figures of many organizations, by id. */
	static final String CAPEX_OF_ORGANIZATIONS = """
			UNWIND $organizations AS organization
			MATCH (:Organization {id: organization})<-[:CONCERNS]-(e:CapexFigure)
			RETURN organization, collect(e.id) AS ids
			""";

	private final Neo4jClient neo4j;

	private final EventQueries events;

	CapexController(Neo4jClient neo4j, EventQueries events) {
		this.neo4j = neo4j;
		this.events = events;
	}

	@BatchMapping(typeName = "Organization", field = "capexByYear")
	Map<Organization, List<CapexYear>> capexByYear(List<Organization> organizations) {
		Map<String, List<String>> ids = this.neo4j.query(CAPEX_OF_ORGANIZATIONS)
			.bind(organizations.stream().map(Organization::id).distinct().toList())
			.to("organizations")
			.fetch()
			.all()
			.stream()
			.collect(Collectors.toMap((row) -> (String) row.get("organization"), (row) -> ids(row.get("ids"))));
		Map<String, Event.CapexFigure> figures = this.events
			.byIds(ids.values().stream().flatMap(Collection::stream).toList(), null, EventSelection.ALL)
			.stream()
			.filter(Event.CapexFigure.class::isInstance)
			.map(Event.CapexFigure.class::cast)
			.collect(Collectors.toMap(Event.CapexFigure::id, (f) -> f));
		return organizations.stream()
			.distinct()
			.collect(Collectors.toMap((o) -> o,
					(o) -> CapexYear.of(ids.getOrDefault(o.id(), List.of())
						.stream()
						.map(figures::get)
						.filter(java.util.Objects::nonNull)
						.toList())));
	}

	@SchemaMapping(typeName = "CapexYear", field = "difference")
	Event.Money difference(CapexYear year) {
		return year.difference();
	}

	@SchemaMapping(typeName = "CapexYear", field = "summary")
	String summary(CapexYear year) {
		return year.summary();
	}

	@SuppressWarnings("unchecked")
	private static List<String> ids(Object value) {
		return (List<String>) value;
	}

}
