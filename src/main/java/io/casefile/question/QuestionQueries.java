package io.casefile.question;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.casefile.dispute.DisputeQueries;
import io.casefile.event.Certainty;
import io.casefile.event.Event;
import io.casefile.event.EventQueries;
import io.casefile.event.EventRows;
import io.casefile.event.EventSelection;
import io.casefile.event.PeriodAnchor;
import io.casefile.organization.OrganizationQueries;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Cypher of the question language. Each question is one statement built from fixed
 * text, the filters' compiled predicates and bound parameters; it reads one page of
 * events, already projected.
 */
@Repository
@Transactional(readOnly = true)
class QuestionQueries {

	/**
	 * Events in order: where they come from, the filter, the keyset condition after the
	 * cursor, the value they are ordered by and its direction; ties go by date.
	 */
	private static final String EVENTS = """
			%1$s
			WHERE (%2$s) AND ($after IS NULL OR %3$s)
			WITH DISTINCT e, %4$s AS orderValue
			ORDER BY orderValue %5$s, e.sortKey ASC
			LIMIT $limit
			RETURN %6$s AS event, orderValue
			""";

	/**
	 * Events related in time to anchors. The anchors are chosen first (per organization
	 * or across the graph, the first, the last or all of them); each event keeps its best
	 * anchor: a certain relation over a possible one, then the latest anchor. The best is
	 * chosen only for the events of the page, after the page is cut ({@code %13$s}, one
	 * of the two cuts below): sorting every pair first cost a fifth of the statement
	 * (55,000 pairs in the benchmark's FCF question). A financial result anchors at its
	 * period's end, or at its report day ({@code $anchorAt}), whose bounds are unknown
	 * but not before the period's end when no source gives it. The anchors come projected
	 * with their events: one statement.
	 */
	private static final String RELATED = """
			%11$s
			WHERE %1$s
			%2$s
			WITH %3$s a ORDER BY a.sortKey %4$s
			%5$s
			WITH %3$s a,
			     a.kind = 'FINANCIAL_RESULT' AND $relation <> 'DURING' AS atPeriodTime
			WITH %3$s a,
			     CASE
			       WHEN NOT atPeriodTime THEN a.dateEarliest
			       WHEN $anchorAt = 'REPORTED' THEN coalesce(a.reportedOnEarliest, a.dateLatest)
			       ELSE a.dateLatest
			     END AS aE,
			     CASE WHEN atPeriodTime AND $anchorAt = 'REPORTED' THEN a.reportedOnLatest ELSE a.dateLatest END AS aL
			%6$s
			WHERE e <> a AND (%7$s) AND ($after IS NULL OR e.sortKey > $after)
			WITH e, a, e.dateEarliest AS eE, e.dateLatest AS eL, aE, aL
			WITH e, a, CASE
			  WHEN %8$s THEN 'CERTAIN'
			  WHEN %9$s THEN 'POSSIBLE'
			END AS certainty
			WHERE certainty = 'CERTAIN' OR (certainty = 'POSSIBLE' AND NOT $certainOnly)
			%13$s
			WITH e, complete, reduce(best = null, pair IN pairs | CASE
			  WHEN best IS NULL
			    OR (pair.certainty = 'CERTAIN' AND best.certainty <> 'CERTAIN')
			    OR (pair.certainty = best.certainty AND pair.a.sortKey > best.a.sortKey) THEN pair
			  ELSE best
			END) AS best
			WITH e, best, best.a AS anchorEvent, complete
			RETURN %10$s AS event, %12$s AS anchor, best.certainty AS certainty, complete
			""";

	/**
	 * The page cut from every (event, anchor) pair: the pairs are grouped by event, then
	 * the page's events kept. Right whatever the number of anchors an event has, but the
	 * grouping handles every pair: the benchmark's FCF question took 250-265 ms this way
	 * and 195-199 ms from a window, alone on its graph.
	 */
	private static final String CUT_FROM_EVERY_PAIR = """
			WITH e, collect({a: a, certainty: certainty}) AS pairs
			ORDER BY e.sortKey
			LIMIT $limit
			WITH e, pairs, true AS complete
			""";

	/**
	 * The page cut from the first {@code $window} pairs in the events' order (a top-k
	 * sort, as raw Cypher cuts its page), grouped by event afterwards. The window's last
	 * event may have pairs beyond it; the page is {@code complete} when the window held
	 * more events than the page, so that each of the page's events has every pair in it,
	 * or held every pair. When an event has one anchor per organization it concerns
	 * ({@link AnchorMatch#FIRST} and {@link AnchorMatch#LAST}), it nearly always is.
	 */
	private static final String CUT_FROM_A_WINDOW = """
			WITH e, a, certainty ORDER BY e.sortKey LIMIT $window
			WITH collect({e: e, a: a, certainty: certainty}) AS firstPairs
			UNWIND firstPairs AS pair
			WITH pair.e AS e, collect(pair) AS pairs, size(firstPairs) AS taken
			ORDER BY e.sortKey
			WITH collect({e: e, pairs: pairs}) AS events, taken
			UNWIND events[0..$limit] AS paged
			WITH paged.e AS e, paged.pairs AS pairs, taken < $window OR size(events) > $limit AS complete
			""";

	/**
	 * How many pairs a window holds for each event of the page: events that concern four
	 * organizations or fewer on average fit.
	 */
	static final int WINDOW_PER_EVENT = 4;

	private static final String STATISTICS = """
			MATCH (e:Event)
			WHERE %1$s
			%2$s
			WITH e, %3$s, e.%4$s AS value
			WITH %5$s e, value, %7$s AS disputed
			RETURN %5$s count(DISTINCT e) AS count, count(DISTINCT CASE WHEN disputed THEN e END) AS disputed,
			       count(value) AS counted, sum(value) AS sum, min(value) AS min, max(value) AS max
			ORDER BY %6$s
			""";

	private final Neo4jClient neo4j;

	QuestionQueries(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * One page of events; {@code order} says how they are ordered and compared with the
	 * cursor.
	 */
	List<OrderedEvent> events(WhereCypher where, String predicate, @Nullable List<String> organizationIds,
			EventOrdering order, @Nullable Object afterValue, @Nullable String afterKey, int limit,
			EventSelection selection) {
		// A filter on organizations starts from them rather than from every event.
		String source = (organizationIds != null)
				? "MATCH (o:Organization) WHERE o.id IN $startOrganizations MATCH (o)<-[:CONCERNS|MADE_BY]-(e:Event)"
				: "MATCH (e:Event)";
		String cypher = EVENTS.formatted(source, predicate, order.keyset(), order.value(), order.direction(),
				EventQueries.projection(selection));
		Map<String, @Nullable Object> params = new HashMap<>(where.parameters());
		params.put("startOrganizations", organizationIds);
		params.put("after", afterKey);
		params.put("afterValue", afterValue);
		params.put("limit", limit);
		List<OrderedEvent> events = new ArrayList<>();
		this.neo4j.query(cypher)
			.bindAll(params)
			.fetch()
			.all()
			.forEach((row) -> events.add(new OrderedEvent(event(row), row.get("orderValue"))));
		return events;
	}

	/**
	 * One page of events related to anchors, each with its anchor (what the request
	 * selects of it) and the certainty.
	 */
	List<RelatedRow> related(WhereCypher where, String eventPredicate, String anchorPredicate,
			@Nullable String anchorStart, TemporalRelation relation, @Nullable Integer days, AnchorMatch match,
			PeriodAnchor anchorAt, RelationScope scope, boolean certainOnly, @Nullable String after, int limit,
			EventSelection selection, EventSelection anchorSelection) {
		boolean perOrganization = scope == RelationScope.SAME_ORGANIZATION;
		String scopeMatch = perOrganization ? "MATCH (a)-[:CONCERNS|MADE_BY]->(scopeOrg:Organization)" : "";
		String carry = perOrganization ? "scopeOrg," : "";
		String pick = switch (match) {
			case FIRST, LAST -> "WITH " + carry + " collect(a)[0] AS a";
			case ANY -> "";
		};
		String order = (match == AnchorMatch.LAST) ? "DESC" : "ASC";
		String events = perOrganization ? "MATCH (scopeOrg)<-[:CONCERNS|MADE_BY]-(e:Event)" : "MATCH (e:Event)";
		Function<String, String> cypher = (cut) -> RELATED.formatted(anchorPredicate, scopeMatch, carry, order, pick,
				events, eventPredicate, relation.certain(), relation.possible(), EventQueries.projection(selection),
				(anchorStart != null) ? anchorStart : "MATCH (a:Event)",
				EventQueries.projection(anchorSelection, "anchorEvent"), cut);
		Map<String, @Nullable Object> params = new HashMap<>(where.parameters());
		params.put("relation", relation.name());
		params.put("days", days);
		params.put("anchorAt", anchorAt.name());
		params.put("certainOnly", certainOnly);
		params.put("after", after);
		params.put("limit", limit);
		params.put("window", limit * WINDOW_PER_EVENT);
		// With all anchors, an event may follow many of them: only grouping every pair
		// finds its page. With one anchor per organization, a window nearly always does;
		// when it does not, the page is read again from every pair.
		if (match != AnchorMatch.ANY) {
			Collection<Map<String, Object>> rows = this.neo4j.query(cypher.apply(CUT_FROM_A_WINDOW))
				.bindAll(params)
				.fetch()
				.all();
			if (rows.isEmpty() || Boolean.TRUE.equals(rows.iterator().next().get("complete"))) {
				return relatedRows(rows);
			}
		}
		return relatedRows(this.neo4j.query(cypher.apply(CUT_FROM_EVERY_PAIR)).bindAll(params).fetch().all());
	}

	@SuppressWarnings("unchecked")
	private static List<RelatedRow> relatedRows(Collection<Map<String, Object>> rows) {
		return rows.stream()
			.map((row) -> new RelatedRow(event(row), EventRows.event((Map<String, ?>) row.get("anchor")),
					Certainty.valueOf((String) row.get("certainty"))))
			.toList();
	}

	/** Statistics over the filtered events, grouped as asked. */
	List<Map<String, Object>> statistics(WhereCypher where, String predicate, NumericField field,
			List<Grouping> groups) {
		boolean byOrganization = groups.contains(Grouping.ORGANIZATION);
		String organizations = byOrganization ? "MATCH (e)-[:CONCERNS|MADE_BY]->(o:Organization)" : "";
		String keys = String.join(", ",
				byOrganization ? OrganizationQueries.projection("o") + " AS organization" : "null AS organization",
				(groups.contains(Grouping.YEAR) || groups.contains(Grouping.QUARTER))
						? "CASE WHEN e.dateEarliest.year = e.dateLatest.year THEN e.dateEarliest.year END AS year"
						: "null AS year",
				groups.contains(Grouping.QUARTER)
						? "CASE WHEN e.dateEarliest.year = e.dateLatest.year AND e.dateEarliest.quarter = e.dateLatest.quarter THEN e.dateEarliest.quarter END AS quarter"
						: "null AS quarter",
				groups.contains(Grouping.KIND) ? "e.kind AS kind" : "null AS kind");
		String cypher = STATISTICS.formatted(predicate, organizations, keys, field.property(),
				"organization, year, quarter, kind,", "organization.name, year, quarter, kind",
				DisputeQueries.disputed("e"));
		Map<String, Object> params = new LinkedHashMap<>(where.parameters());
		return List.copyOf(this.neo4j.query(cypher).bindAll(params).fetch().all());
	}

	@SuppressWarnings("unchecked")
	private static Event event(Map<String, Object> row) {
		return EventRows.event((Map<String, ?>) row.get("event"));
	}

	/** An event with the value it was ordered by. */
	record OrderedEvent(Event event, @Nullable Object orderValue) {
	}

	/** An event related to an anchor. */
	record RelatedRow(Event event, Event anchor, Certainty certainty) {
	}

}
