package io.casefile.connection;

import java.util.List;

/**
 * A path between two things, as a sentence and as steps.
 */
record Path(String sentence, List<Step> steps) {

	/** One relationship of a path, in words. */
	record Step(Node from, String relation, Node to) {
	}

	/** Something on a path. */
	record Node(String id, String type, String name) {
	}

}
