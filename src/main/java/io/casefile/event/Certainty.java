package io.casefile.event;

/**
 * Whether an event's order relative to another is certain from their date bounds.
 */
public enum Certainty {

	/** The bounds do not overlap. */
	CERTAIN,
	/** The bounds overlap or are unknown. */
	POSSIBLE

}
