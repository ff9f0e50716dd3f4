package io.casefile.event;

/**
 * Which time of a financial period a comparison uses.
 */
public enum PeriodAnchor {

	/** The period itself: its last day. */
	PERIOD_END,
	/** The day its results were reported. */
	REPORTED

}
