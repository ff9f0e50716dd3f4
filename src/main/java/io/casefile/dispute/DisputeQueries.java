package io.casefile.dispute;

import io.casefile.source.Citations;

/**
 * The Cypher of disputes. A source's claim is what its citation records (a tracker's row)
 * or, when it records nothing of its own, the event as recorded. Headcounts disagree when
 * the claims give two different numbers; dates disagree when one claim's earliest day is
 * after another's latest day, so that both cannot be right ("late January 2026" and 28
 * January 2026 agree; 28 January and 18 March do not).
 */
final class DisputeQueries {

	private DisputeQueries() {
	}

	/**
	 * One page of disputed events in date order. {@code %1$s} is where events come from,
	 * {@code %2$s} their projection.
	 */
	static final String DISPUTES = """
			%1$s
			WHERE ($kinds IS NULL OR e.kind IN $kinds)
			  AND ($after IS NULL OR e.sortKey > $after)
			  AND EXISTS {
			    MATCH (e)-[own:REPORTED_IN]->()
			    WHERE own.claimedHeadcount IS NOT NULL OR own.claimedDatePrecision IS NOT NULL
			  }
			CALL (e) {
			  MATCH (e)-[r:REPORTED_IN]->(s:Source)
			  WITH r WHERE $asOf IS NULL OR %3$s <= $asOf
			  WITH coalesce(r.claimedHeadcount, e.headcount) AS headcount,
			       CASE WHEN r.claimedDatePrecision IS NOT NULL THEN r.claimedDateEarliest ELSE e.dateEarliest END AS earliest,
			       CASE WHEN r.claimedDatePrecision IS NOT NULL THEN r.claimedDateLatest ELSE e.dateLatest END AS latest
			  RETURN count(DISTINCT headcount) > 1 AS headcountDisputed,
			         coalesce(max(earliest) > min(latest), false) AS dateDisputed
			}
			WITH e, headcountDisputed, dateDisputed
			WHERE headcountDisputed OR dateDisputed
			WITH DISTINCT e, headcountDisputed, dateDisputed
			ORDER BY e.sortKey
			LIMIT $limit
			RETURN %2$s AS event, headcountDisputed, dateDisputed
			""";

	static final String ALL_EVENTS = "MATCH (e:Event)";

	static final String EVENTS_OF_ORGANIZATION = "MATCH (:Organization {id: $organization})<-[:CONCERNS|MADE_BY]-(e:Event)";

	static String disputes(boolean ofOrganization, String projection) {
		return DISPUTES.formatted(ofOrganization ? EVENTS_OF_ORGANIZATION : ALL_EVENTS, projection,
				Citations.knownSince("r", "s"));
	}

}
