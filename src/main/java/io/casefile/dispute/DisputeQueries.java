package io.casefile.dispute;

import io.casefile.source.Citations;

/**
 * The Cypher of disputes. A source's claim is what its citation records or, when it
 * records nothing of its own (a fact recorded before claims were kept), the fact as
 * recorded. Two sources of an event disagree when they give two headcounts; when one's
 * date cannot be the other's (one's earliest day after the other's latest: "late January
 * 2026" and 28 January agree, 28 January and 18 March do not); or when what their
 * amounts' words can mean does not overlap ("$83 billion" and 82,999,000,000 agree: a
 * rounded figure is not a dispute; "$83 billion" and "$85 billion" do not). A financial
 * result is disputed when two sources give one of its figures values that cannot be the
 * same (a filing restating a quarter).
 */
public final class DisputeQueries {

	private DisputeQueries() {
	}

	/**
	 * Two citations bound to {@code a} and {@code b} of the same fact, both known by
	 * {@code $asOf}.
	 */
	private static final String PAIR = """
			MATCH (%1$s)-[a:REPORTED_IN]->(sa:Source), (%1$s)-[b:REPORTED_IN]->(sb:Source)
			WHERE elementId(a) < elementId(b)
			  AND ($asOf IS NULL OR (%2$s <= $asOf AND %3$s <= $asOf))""";

	private static final String HEADCOUNTS_DIFFER = "coalesce(a.claimedHeadcount, %1$s.headcount) <> coalesce(b.claimedHeadcount, %1$s.headcount)";

	private static final String DATES_DIFFER = """
			(CASE WHEN a.claimedDatePrecision IS NOT NULL THEN a.claimedDateEarliest ELSE %1$s.dateEarliest END
			   > CASE WHEN b.claimedDatePrecision IS NOT NULL THEN b.claimedDateLatest ELSE %1$s.dateLatest END
			 OR CASE WHEN b.claimedDatePrecision IS NOT NULL THEN b.claimedDateEarliest ELSE %1$s.dateEarliest END
			   > CASE WHEN a.claimedDatePrecision IS NOT NULL THEN a.claimedDateLatest ELSE %1$s.dateLatest END)""";

	private static final String AMOUNTS_DIFFER = "(a.claimedAmountLow >= b.claimedAmountHigh OR b.claimedAmountLow >= a.claimedAmountHigh)";

	private static final String VALUES_DIFFER = "(a.claimedValueLow >= b.claimedValueHigh OR b.claimedValueLow >= a.claimedValueHigh)";

	/**
	 * The predicate that the sources of the event bound to {@code e} disagree, by what
	 * was on record on {@code $asOf} (or on everything when it is null).
	 */
	public static String disputed(String e) {
		return "(" + pairs(e, "(" + HEADCOUNTS_DIFFER.formatted(e) + " OR " + DATES_DIFFER.formatted(e) + " OR "
				+ AMOUNTS_DIFFER + ")") + " OR " + figures(e) + ")";
	}

	private static String pairs(String fact, String condition) {
		return "EXISTS {\n" + PAIR.formatted(fact, Citations.knownSince("a", "sa"), Citations.knownSince("b", "sb"))
				+ "\n  AND " + condition + "\n}";
	}

	private static String figures(String e) {
		return "EXISTS {\nMATCH (%1$s)-[:REPORTS]->(disputedFigure:Figure)\nWHERE %2$s\n}".formatted(e,
				pairs("disputedFigure", VALUES_DIFFER));
	}

	/**
	 * One page of disputed events in date order, with what their sources disagree on.
	 * {@code %1$s} is where events come from and which come after the cursor,
	 * {@code %2$s} their projection.
	 */
	private static final String DISPUTES = """
			%1$s
			  AND ($kinds IS NULL OR e.kind IN $kinds)
			  AND COUNT { (e)-[:REPORTED_IN|REPORTS]->() } > 1
			  AND %3$s
			WITH DISTINCT e
			ORDER BY e.sortKey
			LIMIT $limit
			RETURN %2$s AS event,
			       %4$s AS headcountDisputed,
			       %5$s AS dateDisputed,
			       %6$s AS amountDisputed,
			       COLLECT {
			         MATCH (e)-[:REPORTS]->(disputedFigure:Figure)
			         WHERE %7$s
			         RETURN disputedFigure.id
			       } AS disputedFigures
			""";

	/**
	 * Every event after the cursor, as a range on the sort key (every event has one,
	 * never empty): the planner then reads events in the order of the sort key's index
	 * and stops at the page's last dispute, rather than checking every event's sources
	 * before sorting (28-34 ms instead of 660 ms on the benchmark's 200,000 events).
	 */
	static final String ALL_EVENTS = "MATCH (e:Event)\nWHERE e.sortKey > coalesce($after, '')";

	/**
	 * The events of an organization after the cursor. Not as a range on the sort key:
	 * Neo4j 2026.08 failed to plan that from an organization's events for some selections
	 * ("e.sortKey should not appear non-cached"), and an organization's events are few.
	 */
	static final String EVENTS_OF_ORGANIZATION = """
			MATCH (:Organization {id: $organization})<-[:CONCERNS|MADE_BY]-(e:Event)
			WHERE ($after IS NULL OR e.sortKey > $after)""";

	static String disputes(boolean ofOrganization, String projection) {
		return DISPUTES.formatted(ofOrganization ? EVENTS_OF_ORGANIZATION : ALL_EVENTS, projection, disputed("e"),
				pairs("e", HEADCOUNTS_DIFFER.formatted("e")), pairs("e", DATES_DIFFER.formatted("e")),
				pairs("e", AMOUNTS_DIFFER), pairs("disputedFigure", VALUES_DIFFER));
	}

}
