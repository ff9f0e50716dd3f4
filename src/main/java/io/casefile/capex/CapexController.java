package io.casefile.capex;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.casefile.event.Event;
import io.casefile.event.EventKind;
import io.casefile.event.EventQueries;
import io.casefile.event.EventSelection;
import io.casefile.organization.Organization;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Answers {@code Organization.capexByYear} for every organization of a request in one
 * query: the capex figures of each, with their citations, read as the timelines are.
 */
@Controller
class CapexController {

	private final EventQueries events;

	CapexController(EventQueries events) {
		this.events = events;
	}

	@BatchMapping(typeName = "Organization", field = "capexByYear")
	Map<Organization, List<CapexYear>> capexByYear(List<Organization> organizations) {
		Map<String, List<Event>> capex = this.events.ofKind(organizations.stream().map(Organization::id).toList(),
				EventKind.CAPEX, EventSelection.ALL);
		return organizations.stream()
			.distinct()
			.collect(Collectors.toMap((o) -> o, (o) -> CapexYear
				.of(capex.getOrDefault(o.id(), List.of()).stream().map(Event.CapexFigure.class::cast).toList())));
	}

	@SchemaMapping(typeName = "CapexYear", field = "difference")
	Event.@Nullable Money difference(CapexYear year) {
		return year.difference();
	}

	@SchemaMapping(typeName = "CapexYear", field = "summary")
	String summary(CapexYear year) {
		return year.summary();
	}

}
