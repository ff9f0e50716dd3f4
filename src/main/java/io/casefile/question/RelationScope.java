package io.casefile.question;

/**
 * Where anchors are looked for: among those of the event's organizations, or across the
 * graph.
 */
enum RelationScope {

	SAME_ORGANIZATION, GRAPH

}
