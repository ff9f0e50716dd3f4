package io.casefile.event;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import io.casefile.date.StatedDate;
import io.casefile.event.EventQueries.Crossing;
import io.casefile.event.EventQueries.Match;
import io.casefile.event.EventsAfterFinancialThreshold.EventAfterConnection;
import io.casefile.event.EventsAfterFinancialThreshold.EventAfterEdge;
import io.casefile.organization.Organization;
import io.casefile.organization.OrganizationQueries;
import io.casefile.person.Person;
import io.casefile.system.InvalidArgumentException;
import io.casefile.system.NotFoundException;
import io.casefile.system.Page;
import io.casefile.system.ReadAlong;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * Answers the event queries of {@code schema/event.graphqls}, an organization's timeline
 * and a person's statements. Timelines and statements nested in a list of organizations
 * or people are loaded together: one query for all owners that ask for the same page.
 */
@Controller
class EventController {

	private static final String TIMELINES = "organizationTimelines";

	private static final String STATEMENTS = "personStatements";

	private final EventQueries events;

	private final OrganizationQueries organizations;

	EventController(EventQueries events, OrganizationQueries organizations, BatchLoaderRegistry loaders) {
		this.events = events;
		this.organizations = organizations;
		loaders.<OwnerPage, Page.Connection<Event>>forName(TIMELINES)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> load(keys, this.events::timelines)));
		loaders.<OwnerPage, Page.Connection<Event>>forName(STATEMENTS)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> load(keys, this.events::statements)));
	}

	@QueryMapping
	Event event(@Argument String id, @Argument @Nullable LocalDate asOf) {
		return this.events.byIds(List.of(id), asOf)
			.stream()
			.findFirst()
			.orElseThrow(() -> (asOf == null) ? new NotFoundException("event with id", id)
					: new NotFoundException("event known on " + asOf + " with id", id));
	}

	@SchemaMapping(typeName = "Organization", field = "timeline")
	CompletableFuture<Page.Connection<Event>> timeline(Organization organization,
			@Argument @Nullable List<EventKind> kinds, @Argument @Nullable LocalDate from,
			@Argument @Nullable LocalDate to, @Argument @Nullable LocalDate asOf, @Argument @Nullable Integer first,
			@Argument @Nullable String after, DataFetchingEnvironment env) {
		if (ReadAlong.value(env) instanceof Page.Connection<?> read) {
			return CompletableFuture.completedFuture(events(read));
		}
		OwnerPage key = timelineKey(organization.id(), kinds, from, to, asOf, first, after, env.getSelectionSet());
		DataLoader<OwnerPage, Page.Connection<Event>> loader = env.getDataLoader(TIMELINES);
		return Objects.requireNonNull(loader).load(key);
	}

	/**
	 * The page of an organization's timeline that the field's arguments and selection ask
	 * for: here and where the organization's statement reads it along
	 * ({@link PagesReadAlong}).
	 */
	static OwnerPage timelineKey(String organizationId, @Nullable List<EventKind> kinds, @Nullable LocalDate from,
			@Nullable LocalDate to, @Nullable LocalDate asOf, @Nullable Integer first, @Nullable String after,
			DataFetchingFieldSelectionSet selection) {
		return new OwnerPage(organizationId, new EventFilter(kinds, from, to, null, asOf), Page.of(first, after),
				EventSelection.of(selection, "edges/node/"));
	}

	@SchemaMapping(typeName = "Person", field = "statements")
	CompletableFuture<Page.Connection<Event>> statements(Person person, @Argument @Nullable String topic,
			@Argument @Nullable LocalDate asOf, @Argument @Nullable Integer first, @Argument @Nullable String after,
			DataFetchingEnvironment env) {
		if (ReadAlong.value(env) instanceof Page.Connection<?> read) {
			return CompletableFuture.completedFuture(events(read));
		}
		OwnerPage key = statementsKey(person.id(), topic, asOf, first, after, env.getSelectionSet());
		DataLoader<OwnerPage, Page.Connection<Event>> loader = env.getDataLoader(STATEMENTS);
		return Objects.requireNonNull(loader).load(key);
	}

	/**
	 * The page of a person's statements that the field's arguments and selection ask for:
	 * here and where the person's statement reads it along ({@link PagesReadAlong}).
	 */
	static OwnerPage statementsKey(String personId, @Nullable String topic, @Nullable LocalDate asOf,
			@Nullable Integer first, @Nullable String after, DataFetchingFieldSelectionSet selection) {
		return new OwnerPage(personId, new EventFilter(null, null, null, topic, asOf), Page.of(first, after),
				EventSelection.of(selection, "edges/node/"));
	}

	/** A page read along by {@link PagesReadAlong}, which reads only events. */
	@SuppressWarnings("unchecked")
	private static Page.Connection<Event> events(Page.Connection<?> page) {
		return (Page.Connection<Event>) page;
	}

	@SchemaMapping(typeName = "Person", field = "messageChanges")
	CompletableFuture<List<MessageChange>> messageChanges(Person person, @Argument @Nullable String topic,
			DataFetchingEnvironment env) {
		// All of a person's statements on the topic, loaded with other people's in one
		// query.
		OwnerPage key = new OwnerPage(person.id(),
				new EventFilter(List.of(EventKind.STATEMENT), null, null, topic, null),
				new Page(MessageChange.MAX_STATEMENTS, null), EventSelection.ALL);
		DataLoader<OwnerPage, Page.Connection<Event>> loader = env.getDataLoader(STATEMENTS);
		return Objects.requireNonNull(loader)
			.load(key)
			.thenApply((page) -> MessageChange.between(page.edges().stream().map(Page.Edge::node).toList(), topic));
	}

	@BatchMapping(typeName = "Estimate", field = "basedOn")
	Map<Event.Estimate, List<Event>> basedOn(List<Event.Estimate> estimates) {
		Set<String> ids = estimates.stream().flatMap((e) -> e.basedOnIds().stream()).collect(Collectors.toSet());
		Map<String, Event> byId = this.events.byIds(ids)
			.stream()
			.collect(Collectors.toMap(Event::id, Function.identity()));
		return estimates.stream()
			.distinct()
			.collect(Collectors.toMap(Function.identity(),
					(e) -> e.basedOnIds().stream().filter(byId::containsKey).map(byId::get).toList()));
	}

	@QueryMapping
	EventsAfterFinancialThreshold eventsAfterFinancialThreshold(@Argument String organization, @Argument EventKind kind,
			@Argument String metric, @Argument @Nullable Double below, @Argument @Nullable Double above,
			@Argument @Nullable PeriodAnchor anchor, @Argument @Nullable Boolean certainOnly,
			@Argument @Nullable Integer first, @Argument @Nullable String after) {
		if ((below == null) == (above == null)) {
			throw new InvalidArgumentException(
					"Give exactly one of below and above, such as below: 0 for a metric that went negative");
		}
		Page page = Page.of(first, after);
		Organization org = this.organizations.byIdOrName(organization)
			.orElseThrow(() -> new NotFoundException("organization", organization));
		Crossing crossing = this.events.firstPeriodCrossing(org.id(), metric, below, above).orElse(null);
		if (crossing == null) {
			return EventsAfterFinancialThreshold.none();
		}
		AnchorTime time = AnchorTime.of(crossing.period(), (anchor != null) ? anchor : PeriodAnchor.PERIOD_END);
		List<Match> matches = this.events.after(org.id(), kind, crossing.period().id(), time.earliest(), time.latest(),
				Boolean.TRUE.equals(certainOnly));
		List<Match> rows = matches.stream()
			.filter((m) -> page.after() == null || m.sortKey().compareTo(page.after()) > 0)
			.limit(page.limit())
			.toList();
		List<Match> shown = rows.stream().limit(page.first()).toList();
		Map<String, Event> byId = this.events.byIds(shown.stream().map(Match::id).toList())
			.stream()
			.collect(Collectors.toMap(Event::id, Function.identity()));
		List<EventAfterEdge> edges = shown.stream()
			.map((m) -> new EventAfterEdge(byId.get(m.id()), m.certainty(), Page.cursor(m.sortKey())))
			.toList();
		Page.PageInfo info = page.info(rows.size(), edges.stream().map(EventAfterEdge::cursor).toList());
		Integer headcount = (kind == EventKind.LAYOFF_WAVE) ? sumOfHeadcounts(matches) : null;
		return new EventsAfterFinancialThreshold(crossing.period(), crossing.figure(), time.stated(),
				new EventAfterConnection(edges, info), matches.size(), headcount);
	}

	private static @Nullable Integer sumOfHeadcounts(List<Match> matches) {
		List<Integer> counts = matches.stream().map(Match::headcount).filter(Objects::nonNull).toList();
		return counts.isEmpty() ? null : counts.stream().mapToInt(Integer::intValue).sum();
	}

	/**
	 * Loads the pages asked for in one request, one query per distinct filter, page and
	 * selection.
	 */
	private Map<OwnerPage, Page.Connection<Event>> load(Set<OwnerPage> keys, PagesOfOwners query) {
		Map<OwnerPage, Page.Connection<Event>> loaded = new HashMap<>();
		keys.stream()
			.collect(Collectors.groupingBy((k) -> List.of(k.filter(), k.page(), k.selection()),
					Collectors.toCollection(LinkedHashSet::new)))
			.forEach((shared, owners) -> {
				OwnerPage any = owners.iterator().next();
				Map<String, List<Event>> pages = query.load(owners.stream().map(OwnerPage::ownerId).toList(),
						any.filter(), any.page(), any.selection());
				owners.forEach((owner) -> loaded.put(owner,
						owner.page().connection(pages.getOrDefault(owner.ownerId(), List.of()), Event::sortKey)));
			});
		return loaded;
	}

	/**
	 * One owner's page of events and what the request selects of them, the key of the
	 * batch loaders.
	 */
	record OwnerPage(String ownerId, EventFilter filter, Page page, EventSelection selection) {
	}

	@FunctionalInterface
	private interface PagesOfOwners {

		Map<String, List<Event>> load(List<String> ownerIds, EventFilter filter, Page page, EventSelection selection);

	}

	/**
	 * The bounds of the time a comparison with a financial period uses. The period's end
	 * is its last day. A report day no source gives is unknown, but it cannot come before
	 * the period ends.
	 */
	record AnchorTime(@Nullable LocalDate earliest, @Nullable LocalDate latest, StatedDate stated) {

		static AnchorTime of(Event.FinancialResult period, PeriodAnchor anchor) {
			LocalDate end = period.date().latest();
			if (anchor == PeriodAnchor.REPORTED) {
				StatedDate reported = period.reportedOn();
				return reported.known() ? new AnchorTime(reported.earliest(), reported.latest(), reported)
						: new AnchorTime(end, null, reported);
			}
			return new AnchorTime(end, end, (end != null) ? StatedDate.day(end) : StatedDate.unknown());
		}

	}

}
