package io.casefile.recording;

/** What recording a fact did. */
public enum Outcome {

	/** A new fact. */
	CREATED,
	/** Another source's claim about a fact that existed. */
	CLAIM_ADDED,
	/** Nothing: the graph had this already. */
	UNCHANGED

}
