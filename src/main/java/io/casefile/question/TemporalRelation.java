package io.casefile.question;

/**
 * How an event relates in time to an anchor, as Cypher conditions on the bounds: the
 * event's {@code eE} and {@code eL}, the anchor's {@code aE} and {@code aL}, and
 * {@code $days}. A relation is certain when it holds for every pair of days the bounds
 * allow, possible when it holds for some; unknown bounds allow anything.
 */
enum TemporalRelation {

	AFTER("eE > aL", "(eL IS NULL OR aE IS NULL OR eL > aE)"),
	BEFORE("eL < aE", "(eE IS NULL OR aL IS NULL OR eE < aL)"),
	WITHIN_DAYS_AFTER("eE > aL AND eL <= aE + duration({days: $days})",
			"(eL IS NULL OR aE IS NULL OR eL > aE) AND (eE IS NULL OR aL IS NULL OR eE <= aL + duration({days: $days}))"),
	WITHIN_DAYS_BEFORE("eL < aE AND eE >= aL - duration({days: $days})",
			"(eE IS NULL OR aL IS NULL OR eE < aL) AND (eL IS NULL OR aE IS NULL OR eL >= aE - duration({days: $days}))"),
	DURING("eE >= aE AND eL <= aL",
			"(eL IS NULL OR aE IS NULL OR eL >= aE) AND (eE IS NULL OR aL IS NULL OR eE <= aL)");

	private final String certain;

	private final String possible;

	TemporalRelation(String certain, String possible) {
		this.certain = certain;
		this.possible = possible;
	}

	String certain() {
		return this.certain;
	}

	String possible() {
		return this.possible;
	}

	boolean needsDays() {
		return this == WITHIN_DAYS_AFTER || this == WITHIN_DAYS_BEFORE;
	}

}
