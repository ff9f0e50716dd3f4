package io.casefile.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.casefile.organization.OrganizationQueries;
import io.casefile.source.Citations;
import io.casefile.system.Page;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Cypher of the event feature: one projection that reads an event of any kind with
 * its organizations, citations and figures, and the queries that choose which events to
 * read. Every query reads a whole page, or the pages of many owners at once, in one round
 * trip.
 */
@Repository
@Transactional(readOnly = true)
public class EventQueries {

	/**
	 * A figure bound to {@code figure} with its citations, and the figures it was derived
	 * from (free cash flow from operating cash flow and capital expenditure) with theirs.
	 */
	private static final String FIGURE_PROJECTION = """
			figure {.*, citations: %s,
			  derivedFrom: [(figure)-[:DERIVED_FROM]->(input:Figure) | input {.*, citations: %s}]
			}""".formatted(Citations.of("figure"), Citations.of("input"));

	/**
	 * The properties of an event that a list of events shows
	 * ({@link EventSelection#LIST_FIELDS}), with those that {@link EventRows} needs to
	 * make a record of each kind and the sort key that cursors are made of. A property an
	 * event does not have reads as null.
	 */
	private static final String LIST_PROPERTIES = """
			.id, .kind, .title, .sortKey, .datePrecision, .dateText, .datePart, .dateEarliest, .dateLatest,
			  .period, .fiscalYear, .basis, .change""";

	/**
	 * An event bound to {@code e}, everything it shows in one map. Subquery variables
	 * have names of their own so that none captures a variable of the query around it.
	 */
	public static final String PROJECTION = projection(EventSelection.ALL);

	/**
	 * An event bound to {@code e} with only what a request selects: its linked lists
	 * (organizations, citations, its kind's own lists: figures, inputs, bases, issuer),
	 * and every property or only those a list shows.
	 * <p>
	 * Linked lists are pattern comprehensions, put in order by {@link EventRows}: Neo4j
	 * plans nested COLLECT subqueries for seconds (3 to 7 s for an event with every list)
	 * and pattern comprehensions five times faster. Citations stay COLLECT subqueries,
	 * ordered in Cypher.
	 */
	public static String projection(EventSelection selection) {
		return projection(selection, "e");
	}

	/**
	 * An event bound to the variable named {@code e} (such as {@code anchorEvent}), read
	 * as {@link #projection(EventSelection)} reads the one bound to {@code e}: for a
	 * statement that reads two events a row.
	 */
	public static String projection(EventSelection selection, String e) {
		List<String> parts = new ArrayList<>();
		parts.add(selection.properties() ? ".*" : LIST_PROPERTIES);
		// A statement's speaker, a projection's analyst and an estimate's result are part
		// of what the event is; only events of that kind (label) look for them. Under
		// CASE, the lookup runs only for those: as a filter inside the comprehension, it
		// ran for every event (31-32 ms instead of 27-28 ms for a page of 100
		// organizations' timelines on the benchmark graph).
		parts
			.add("""
					speaker: CASE WHEN %1$s:Statement THEN [(%1$s)-[:SAID_BY]->(speaker)
					    | speaker {.id, .name, .aliases, .kind, person: speaker:Person}][0] END,
					  analyst: CASE WHEN %1$s:AnalystProjection THEN [(%1$s)-[:MADE_BY]->(analyst:Organization) | %2$s][0] END,
					  result: CASE WHEN %1$s:Estimate THEN [(%1$s)-[:RESULTS_IN]->(figure:Figure) | %3$s][0] END"""
				.formatted(e, OrganizationQueries.projection("analyst"), FIGURE_PROJECTION));
		if (selection.organizations()) {
			parts.add("organizations: [(%s)-[:CONCERNS]->(concerned:Organization) | %s]".formatted(e,
					OrganizationQueries.projection("concerned")));
		}
		if (selection.citations()) {
			parts.add("citations: " + Citations.of(e, selection.citationClaims(), selection.citationAuthors(),
					selection.sourceProperties()));
		}
		if (selection.links()) {
			parts.add("""
					issuedBy: [(%1$s)-[:ISSUED_BY]->(issuer:Person) | issuer {.id, .name}][0],
					  figures: [(%1$s)-[:REPORTS]->(figure:Figure) | %2$s],
					  inputs: [(%1$s)-[:USES]->(figure:Figure) | %2$s],
					  basedOn: [(%1$s)-[:BASED_ON]->(basis:Event) | basis {.id, .sortKey}]""".formatted(e,
					FIGURE_PROJECTION));
		}
		return e + " {\n  " + String.join(",\n  ", parts) + "\n}";
	}

	private static final String BY_IDS = """
			MATCH (e:Event)
			WHERE e.id IN $ids AND ($asOf IS NULL OR %s)
			RETURN %s AS event
			""";

	/**
	 * The events of many owners, one page each, in one query: the pattern from owner to
	 * event, then the projection.
	 */
	private static final String PAGES_OF_OWNERS = """
			UNWIND $owners AS ownerId
			CALL (ownerId) {
			%s
			}
			RETURN ownerId, events
			""";

	/**
	 * One owner's page: the pattern from the owner to its events, the filter, the page,
	 * the projection; one row, in the column named last.
	 */
	private static final String PAGE_OF_OWNER = """
			MATCH %s
			WHERE ($kinds IS NULL OR e.kind IN $kinds)
			  AND ($from IS NULL OR e.dateLatest >= $from)
			  AND ($to IS NULL OR e.dateEarliest <= $to)
			  AND ($topic IS NULL OR any(topic IN e.topics WHERE toLower(topic) = toLower($topic)))
			  AND ($after IS NULL OR e.sortKey > $after)
			  AND ($asOf IS NULL OR %s)
			WITH DISTINCT e
			ORDER BY e.sortKey
			LIMIT $limit
			RETURN collect(%s) AS %s
			""";

	/** The most events of one kind {@link #ofKind} reads per organization. */
	static final int WHOLE_LIST = 10_000;

	/**
	 * The events of an organization: the pattern from the organization, written in the
	 * parentheses, to its events.
	 */
	private static final String TIMELINE = "(%s)<-[:CONCERNS|MADE_BY]-(e:Event)";

	/** The statements of a person, as {@link #TIMELINE} the events of an organization. */
	private static final String STATEMENTS = "(%s)<-[:SAID_BY]-(e:Statement)";

	/** Each organization of {@code $owners}, one at a time. */
	private static final String ORGANIZATION_TIMELINES = TIMELINE.formatted(":Organization {id: ownerId}");

	private static final String STATEMENTS_OF_PEOPLE = STATEMENTS.formatted(":Person {id: ownerId}");

	private static final String FIRST_PERIOD_CROSSING = """
			MATCH (:Organization {id: $organization})<-[:CONCERNS]-(e:FinancialResult)-[:REPORTS]->(f:Figure {metric: $metric})
			WHERE ($below IS NULL OR f.value < $below) AND ($above IS NULL OR f.value > $above)
			RETURN %s AS event, f.id AS figure
			ORDER BY e.sortKey, f.id
			LIMIT 1
			"""
		.formatted(PROJECTION);

	private static final String AFTER_ANCHOR = """
			MATCH (:Organization {id: $organization})<-[:CONCERNS]-(e:%s)
			WHERE e.id <> $anchorId
			WITH DISTINCT e, CASE
			  WHEN $anchorLatest IS NOT NULL AND e.dateEarliest > $anchorLatest THEN 'CERTAIN'
			  WHEN e.dateLatest IS NULL OR $anchorEarliest IS NULL OR e.dateLatest > $anchorEarliest THEN 'POSSIBLE'
			END AS certainty
			WHERE certainty = 'CERTAIN' OR (certainty = 'POSSIBLE' AND NOT $certainOnly)
			RETURN e.id AS id, e.sortKey AS sortKey, certainty, e.headcount AS headcount
			ORDER BY e.sortKey
			""";

	private final Neo4jClient neo4j;

	EventQueries(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** Events by id, in the order of the ids; unknown ids are left out. */
	public List<Event> byIds(Collection<String> ids) {
		return byIds(ids, null);
	}

	/**
	 * Events by id as they were known on a day (only the citations known by then; events
	 * no source had reported by then are left out), in the order of the ids.
	 */
	public List<Event> byIds(Collection<String> ids, @Nullable LocalDate asOf) {
		return byIds(ids, asOf, EventSelection.ALL);
	}

	/**
	 * Events by id as they were known on a day, with only the linked lists a request
	 * selects of them.
	 */
	@SuppressWarnings("unchecked")
	public List<Event> byIds(Collection<String> ids, @Nullable LocalDate asOf, EventSelection selection) {
		Map<String, Event> byId = new HashMap<>();
		Map<String, @Nullable Object> params = Citations.allKnown("ids", List.copyOf(ids));
		params.put(Citations.AS_OF, asOf);
		this.neo4j.query(BY_IDS.formatted(Citations.knownBy("e"), projection(selection)))
			.bindAll(params)
			.fetch()
			.all()
			.forEach((row) -> {
				Event event = EventRows.event((Map<String, ?>) row.get("event"));
				byId.put(event.id(), event);
			});
		return ids.stream().filter(byId::containsKey).map(byId::get).toList();
	}

	/** One page of the timeline of each organization, in one query. */
	Map<String, List<Event>> timelines(Collection<String> organizationIds, EventFilter filter, Page page,
			EventSelection selection) {
		return pagesOfOwners(cypherOfPages(ORGANIZATION_TIMELINES, selection), organizationIds, filter, page);
	}

	/**
	 * The subquery that reads one page of the timeline of the organization bound to the
	 * variable {@code organization}, returning it in the column named; its parameters are
	 * {@link #parameters}.
	 */
	static String timelineOf(String organization, EventSelection selection, String column) {
		return pageOfOwner(TIMELINE.formatted(organization), selection, column);
	}

	/**
	 * The subquery that reads one page of the statements of the person bound to the
	 * variable {@code person}, as {@link #timelineOf} reads a timeline.
	 */
	static String statementsOf(String person, EventSelection selection, String column) {
		return pageOfOwner(STATEMENTS.formatted(person), selection, column);
	}

	/** A page's column, as records. */
	@SuppressWarnings("unchecked")
	static List<Event> events(@Nullable Object page) {
		return ((List<Map<String, ?>>) Objects.requireNonNull(page)).stream().map(EventRows::event).toList();
	}

	/**
	 * The pages of many owners ({@link #PAGES_OF_OWNERS}), made once for each pattern and
	 * selection, as {@link #pageOfOwner} is.
	 */
	private static String cypherOfPages(String pattern, EventSelection selection) {
		return Texts.MADE.computeIfAbsent(new PagesOfOwners(pattern, selection), (key) -> PAGES_OF_OWNERS
			.formatted(pageOfOwner(pattern, selection, "events").indent(2).stripTrailing()));
	}

	/**
	 * One owner's page, made once for each pattern, selection and column: making it anew
	 * cost 1% of the CPU of a timeline page.
	 */
	private static String pageOfOwner(String pattern, EventSelection selection, String column) {
		return Texts.MADE.computeIfAbsent(new PageOfOwner(pattern, selection, column),
				(key) -> PAGE_OF_OWNER.formatted(pattern, Citations.knownBy("e"), projection(selection), column));
	}

	/**
	 * The statements {@link #pageOfOwner} and {@link #cypherOfPages} made, by what they
	 * are made of: a few patterns and columns, and at most 128 selections.
	 */
	private static final class Texts {

		static final Map<Object, String> MADE = new ConcurrentHashMap<>();

	}

	private record PageOfOwner(String pattern, EventSelection selection, String column) {
	}

	private record PagesOfOwners(String pattern, EventSelection selection) {
	}

	/**
	 * Every event of one kind of each organization, oldest first, in one query (the
	 * timelines' query without a page: at most {@value #WHOLE_LIST} each).
	 */
	public Map<String, List<Event>> ofKind(Collection<String> organizationIds, EventKind kind,
			EventSelection selection) {
		return timelines(organizationIds, new EventFilter(List.of(kind), null, null, null, null),
				new Page(WHOLE_LIST, null), selection);
	}

	/** One page of the statements of each person, in one query. */
	Map<String, List<Event>> statements(Collection<String> personIds, EventFilter filter, Page page,
			EventSelection selection) {
		return pagesOfOwners(cypherOfPages(STATEMENTS_OF_PEOPLE, selection), personIds, filter, page);
	}

	private Map<String, List<Event>> pagesOfOwners(String cypher, Collection<String> owners, EventFilter filter,
			Page page) {
		Map<String, @Nullable Object> params = parameters(filter, page);
		params.put("owners", List.copyOf(owners));
		Map<String, List<Event>> pages = new LinkedHashMap<>();
		this.neo4j.query(cypher)
			.bindAll(params)
			.fetch()
			.all()
			.forEach((row) -> pages.put((String) row.get("ownerId"), events(row.get("events"))));
		return pages;
	}

	/** The parameters of a page of an owner's events. */
	static Map<String, @Nullable Object> parameters(EventFilter filter, Page page) {
		Map<String, @Nullable Object> params = page.parameters();
		params.put("kinds", (filter.kinds() != null) ? filter.kinds().stream().map(Enum::name).toList() : null);
		params.put("from", filter.from());
		params.put("to", filter.to());
		params.put("topic", filter.topic());
		params.put(Citations.AS_OF, filter.asOf());
		return params;
	}

	/**
	 * The earliest financial period of the organization in which the metric crossed the
	 * value, with the figure.
	 */
	@SuppressWarnings("unchecked")
	Optional<Crossing> firstPeriodCrossing(String organizationId, String metric, @Nullable Double below,
			@Nullable Double above) {
		Map<String, @Nullable Object> params = new HashMap<>();
		params.put("organization", organizationId);
		params.put("metric", metric);
		params.put("below", below);
		params.put("above", above);
		params.put(Citations.AS_OF, null);
		return this.neo4j.query(FIRST_PERIOD_CROSSING).bindAll(params).fetch().one().map((row) -> {
			Event.FinancialResult period = (Event.FinancialResult) EventRows.event((Map<String, ?>) row.get("event"));
			String figureId = (String) row.get("figure");
			Event.Figure figure = period.figures()
				.stream()
				.filter((f) -> f.id().equals(figureId))
				.findFirst()
				.orElseThrow();
			return new Crossing(period, figure);
		});
	}

	/**
	 * Every event of the kind and organization that is after the anchor, certainly or
	 * possibly, in date order.
	 */
	List<Match> after(String organizationId, EventKind kind, String anchorId, @Nullable LocalDate anchorEarliest,
			@Nullable LocalDate anchorLatest, boolean certainOnly) {
		Map<String, @Nullable Object> params = new HashMap<>();
		params.put("organization", organizationId);
		params.put("anchorId", anchorId);
		params.put("anchorEarliest", anchorEarliest);
		params.put("anchorLatest", anchorLatest);
		params.put("certainOnly", certainOnly);
		List<Match> matches = new ArrayList<>();
		// The kind's label, not a property: the planner expands from the organization to
		// that label only.
		this.neo4j.query(AFTER_ANCHOR.formatted(kind.label())).bindAll(params).fetch().all().forEach((row) -> {
			Object headcount = row.get("headcount");
			matches.add(new Match((String) row.get("id"), (String) row.get("sortKey"),
					Certainty.valueOf((String) row.get("certainty")),
					(headcount != null) ? ((Number) headcount).intValue() : null));
		});
		return matches;
	}

	/**
	 * The first period in which a metric crossed a value, and the figure that crossed it.
	 */
	record Crossing(Event.FinancialResult period, Event.Figure figure) {
	}

	/** An event after an anchor, before it is read whole. */
	record Match(String id, String sortKey, Certainty certainty, @Nullable Integer headcount) {
	}

}
