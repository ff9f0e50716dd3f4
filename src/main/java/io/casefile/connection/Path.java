package io.casefile.connection;

import java.util.List;

import io.casefile.system.Page;

/**
 * A path between two things, as a sentence and as steps.
 */
record Path(String sentence, List<Step> steps) {

	/** One relationship of a path, in words. */
	record Step(Node from, String relation, Node to) {
	}

	/** Something in the graph. */
	record Node(String id, String type, String name) {
	}

	/** A page of the things directly linked to another. */
	record NeighbourConnection(List<NeighbourEdge> edges, Page.PageInfo pageInfo) {
	}

	/** A thing directly linked to another, the link in words, and its cursor. */
	record NeighbourEdge(Node node, String relation, String cursor) {
	}

}
