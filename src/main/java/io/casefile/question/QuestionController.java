package io.casefile.question;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.casefile.event.Certainty;
import io.casefile.event.Event;
import io.casefile.event.EventKind;
import io.casefile.event.EventSelection;
import io.casefile.event.PeriodAnchor;
import graphql.schema.DataFetchingFieldSelectionSet;
import io.casefile.organization.Organization;
import io.casefile.organization.OrganizationQueries;
import io.casefile.person.PersonQueries;
import io.casefile.question.EventOrdering.EventOrder;
import io.casefile.question.QuestionQueries.OrderedEvent;
import io.casefile.question.QuestionQueries.RelatedRow;
import io.casefile.system.InvalidArgumentException;
import io.casefile.system.Page;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Answers the questions of {@code schema/question.graphqls}: filtered events, events
 * related in time to anchors, and statistics.
 */
@Controller
class QuestionController {

	private final QuestionQueries questions;

	private final OrganizationQueries organizations;

	private final PersonQueries people;

	QuestionController(QuestionQueries questions, OrganizationQueries organizations, PersonQueries people) {
		this.questions = questions;
		this.organizations = organizations;
		this.people = people;
	}

	@QueryMapping
	Page.Connection<Event> events(@Argument @Nullable EventWhere where, @Argument @Nullable EventOrder orderBy,
			@Argument @Nullable LocalDate asOf, @Argument @Nullable Integer first, @Argument @Nullable String after,
			DataFetchingFieldSelectionSet selection) {
		Page page = Page.of(first, after);
		EventOrdering order = EventOrdering.of(orderBy);
		WhereCypher cypher = compiler(where);
		String predicate = cypher.knownOn("e", asOf, cypher.predicate("e", where));
		List<String> start = (where != null && where.organizations() != null && !where.organizations().isEmpty())
				? where.organizations().stream().map(cypher::organizationId).toList() : null;
		List<OrderedEvent> rows = this.questions.events(cypher, predicate, start, order, order.afterValue(page.after()),
				order.afterKey(page.after()), page.limit(), EventSelection.of(selection, "edges/node/"));
		Map<Event, Object> values = new java.util.IdentityHashMap<>();
		rows.forEach((row) -> values.put(row.event(), row.orderValue()));
		return page.connection(rows.stream().map(OrderedEvent::event).toList(),
				(event) -> order.sortKey(values.get(event), event.sortKey()));
	}

	@QueryMapping
	RelatedEventConnection eventsRelativeTo(@Argument EventWhere where, @Argument TemporalRelation relation,
			@Argument @Nullable Integer days, @Argument EventWhere anchor, @Argument @Nullable AnchorMatch anchorMatch,
			@Argument @Nullable PeriodAnchor anchorAt, @Argument @Nullable RelationScope scope,
			@Argument @Nullable Boolean certainOnly, @Argument @Nullable LocalDate asOf,
			@Argument @Nullable Integer first, @Argument @Nullable String after,
			DataFetchingFieldSelectionSet selection) {
		if (relation.needsDays() && (days == null || days < 0)) {
			throw new InvalidArgumentException(relation + " needs days, a number of days of 0 or more");
		}
		Page page = Page.of(first, after);
		WhereCypher cypher = compiler(where, anchor);
		String eventPredicate = cypher.knownOn("e", asOf, cypher.predicate("e", where));
		WhereCypher.Reading anchors = cypher.reading("a", anchor);
		String anchorPredicate = cypher.knownOn("a", asOf, anchors.predicate());
		List<RelatedRow> rows = this.questions.related(cypher, eventPredicate, anchorPredicate, anchors.start(),
				relation, relation.needsDays() ? days : null, (anchorMatch != null) ? anchorMatch : AnchorMatch.ANY,
				(anchorAt != null) ? anchorAt : PeriodAnchor.PERIOD_END,
				(scope != null) ? scope : RelationScope.SAME_ORGANIZATION, Boolean.TRUE.equals(certainOnly),
				page.after(), page.limit(), EventSelection.of(selection, "edges/node/"),
				EventSelection.of(selection, "edges/anchor/"));
		List<RelatedEventEdge> edges = rows.stream()
			.limit(page.first())
			.map((row) -> new RelatedEventEdge(row.event(), row.anchor(), row.certainty(),
					Page.cursor(row.event().sortKey())))
			.toList();
		return new RelatedEventConnection(edges,
				page.info(rows.size(), edges.stream().map(RelatedEventEdge::cursor).toList()));
	}

	@QueryMapping
	@SuppressWarnings("unchecked")
	List<EventGroup> eventStatistics(@Argument @Nullable EventWhere where, @Argument @Nullable NumericField of,
			@Argument @Nullable List<Grouping> groupBy, @Argument @Nullable LocalDate asOf) {
		WhereCypher cypher = compiler(where);
		String predicate = cypher.knownOn("e", asOf, cypher.predicate("e", where));
		List<Grouping> groups = (groupBy != null) ? groupBy : List.of();
		return this.questions.statistics(cypher, predicate, (of != null) ? of : NumericField.HEADCOUNT, groups)
			.stream()
			.map((row) -> new EventGroup(
					(row.get("organization") != null) ? Organization.fromRow((Map<String, ?>) row.get("organization"))
							: null,
					integer(row.get("year")), integer(row.get("quarter")),
					(row.get("kind") != null) ? EventKind.valueOf((String) row.get("kind")) : null,
					((Number) row.get("count")).intValue(), ((Number) row.get("disputed")).intValue(),
					((Number) row.get("counted")).intValue(),
					((Number) row.get("counted")).intValue() > 0 ? decimal(row.get("sum")) : null,
					decimal(row.get("min")), decimal(row.get("max"))))
			.toList();
	}

	/**
	 * Resolves every name the filters hold, one query for organizations and one for
	 * people.
	 */
	private WhereCypher compiler(@Nullable EventWhere... filters) {
		Set<String> organizations = new HashSet<>();
		Set<String> people = new HashSet<>();
		for (EventWhere filter : filters) {
			WhereCypher.names(filter, organizations::add, people::add);
		}
		return new WhereCypher("", this.organizations.idsByIdOrName(organizations), this.people.idsByIdOrName(people));
	}

	private static @Nullable Integer integer(@Nullable Object value) {
		return (value != null) ? ((Number) value).intValue() : null;
	}

	private static @Nullable Double decimal(@Nullable Object value) {
		return (value != null) ? ((Number) value).doubleValue() : null;
	}

	/** A page of events related to anchors. */
	record RelatedEventConnection(List<RelatedEventEdge> edges, Page.PageInfo pageInfo) {
	}

	/** An event, the anchor it relates to, and how certain the relation is. */
	record RelatedEventEdge(Event node, Event anchor, Certainty certainty, String cursor) {
	}

	/** Statistics over a group of events. */
	record EventGroup(@Nullable Organization organization, @Nullable Integer year, @Nullable Integer quarter,
			@Nullable EventKind kind, int count, int disputed, int counted, @Nullable Double sum, @Nullable Double min,
			@Nullable Double max) {
	}

}
