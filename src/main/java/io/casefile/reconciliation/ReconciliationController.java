package io.casefile.reconciliation;

import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingFieldSelectionSet;
import io.casefile.dataset.Dataset.CitationEntry;
import io.casefile.dataset.Dataset.SourceEntry;
import io.casefile.date.StatedDate;
import io.casefile.event.Event;
import io.casefile.event.EventQueries;
import io.casefile.event.EventRows;
import io.casefile.event.EventSelection;
import io.casefile.organization.Organization;
import io.casefile.organization.OrganizationQueries;
import io.casefile.recording.Facts.CitationFact;
import io.casefile.recording.Revisions;
import io.casefile.security.Writer;
import io.casefile.source.Citations;
import io.casefile.system.InvalidArgumentException;
import io.casefile.system.NotFoundException;
import io.casefile.system.Page;
import io.casefile.writing.FactWriter;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Answers {@code schema/reconciliation.graphqls}: the waves the rule could not settle,
 * for a person to settle, and the mutations that settle them (merge, split, distinct),
 * each cited, audited and reversible.
 */
@Controller
class ReconciliationController {

	/**
	 * One page of possible duplicates, each event projected as the selection asks, in one
	 * statement. {@code %s} is the event projection.
	 */
	private static final String POSSIBLE_DUPLICATES = """
			MATCH (a:Event)-[p:POSSIBLY_SAME_AS]->(b:Event)
			WHERE ($organization IS NULL OR EXISTS { (a)-[:CONCERNS]->(:Organization {id: $organization}) })
			WITH a, b, p, a.sortKey + '|' + b.id AS sortKey
			WHERE $after IS NULL OR sortKey > $after
			ORDER BY sortKey
			LIMIT $limit
			CALL (a) { WITH a AS e RETURN %1$s AS event }
			CALL (b) { WITH b AS e RETURN %1$s AS candidate }
			RETURN event, candidate, p.foundAt AS foundAt, p.via AS via, sortKey
			""";

	private final Neo4jClient neo4j;

	private final OrganizationQueries organizations;

	private final EventQueries events;

	private final Revisions revisions;

	private final FactWriter writer;

	ReconciliationController(Neo4jClient neo4j, OrganizationQueries organizations, EventQueries events,
			Revisions revisions, FactWriter writer) {
		this.neo4j = neo4j;
		this.organizations = organizations;
		this.events = events;
		this.revisions = revisions;
		this.writer = writer;
	}

	/** Two events the rule could not tell apart, nor say were one. */
	record PossibleDuplicate(Event event, Event candidate, @Nullable Integer daysApart, @Nullable ZonedDateTime foundAt,
			@Nullable String via) {
	}

	@QueryMapping
	@SuppressWarnings("unchecked")
	Page.Connection<PossibleDuplicate> possibleDuplicates(@Argument @Nullable String organization,
			@Argument @Nullable Integer first, @Argument @Nullable String after,
			DataFetchingFieldSelectionSet selection) {
		Page page = Page.of(first, after);
		Map<String, @Nullable Object> params = new HashMap<>(page.parameters());
		params.put("organization",
				(organization != null) ? this.organizations.byIdOrName(organization)
					.map(Organization::id)
					.orElseThrow(() -> new NotFoundException("organization", organization)) : null);
		params.put(Citations.AS_OF, null);
		EventSelection selected = EventSelection.of(selection, "edges/node/event/")
			.or(EventSelection.of(selection, "edges/node/candidate/"));
		List<Map<String, Object>> rows = new ArrayList<>();
		rows.addAll(this.neo4j.query(POSSIBLE_DUPLICATES.formatted(EventQueries.projection(selected)))
			.bindAll(params)
			.fetch()
			.all());
		return page.connection(rows, (row) -> (String) row.get("sortKey")).mapNodes((row) -> {
			Event event = EventRows.event((Map<String, ?>) row.get("event"));
			Event candidate = EventRows.event((Map<String, ?>) row.get("candidate"));
			return new PossibleDuplicate(event, candidate, daysApart(event.date(), candidate.date()),
					(ZonedDateTime) row.get("foundAt"), (String) row.get("via"));
		});
	}

	@MutationMapping
	Event mergeEvents(@Argument String into, @Argument List<String> events, @Argument String reason,
			@Argument CitationEntry citation, @Argument @Nullable List<SourceEntry> sources, GraphQLContext context) {
		Writer writer = Writer.of(context);
		this.writer.sources(writer, sources);
		return read(this.revisions.merge(writer.identity(), into, events, reason, citation(citation)));
	}

	@MutationMapping
	Event splitEvent(@Argument String id, @Argument List<String> citationsOf, @Argument String reason,
			@Argument CitationEntry citation, @Argument @Nullable List<SourceEntry> sources, GraphQLContext context) {
		Writer writer = Writer.of(context);
		this.writer.sources(writer, sources);
		return read(this.revisions.split(writer.identity(), id, citationsOf, reason, citation(citation)));
	}

	@MutationMapping
	List<Event> markDistinct(@Argument List<String> events, @Argument String reason, GraphQLContext context) {
		if (events.size() != 2) {
			throw new InvalidArgumentException("Name the two events that are distinct");
		}
		this.revisions.distinct(Writer.of(context).identity(), events.get(0), events.get(1), reason);
		return this.events.byIds(events);
	}

	private Event read(String id) {
		return this.events.byIds(List.of(id))
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("event with id", id));
	}

	private static CitationFact citation(CitationEntry citation) {
		return new CitationFact(citation.source(), citation.excerpt());
	}

	/**
	 * Days between two dates' bounds: 0 when they overlap, null when either is unknown.
	 */
	static @Nullable Integer daysApart(StatedDate a, StatedDate b) {
		if (!a.known() || !b.known()) {
			return null;
		}
		if (a.latest().isBefore(b.earliest())) {
			return (int) ChronoUnit.DAYS.between(a.latest(), b.earliest());
		}
		if (b.latest().isBefore(a.earliest())) {
			return (int) ChronoUnit.DAYS.between(b.latest(), a.earliest());
		}
		return 0;
	}

}
