package io.casefile.source;

/**
 * The Cypher that reads citations, shared by every feature whose facts are cited so that
 * a citation reads the same everywhere: oldest source first, then in the order the
 * dataset gave them.
 */
public final class Citations {

	private Citations() {
	}

	/**
	 * The map returned for a source bound to {@code s} whose author, if any, is bound to
	 * {@code a}.
	 */
	static final String SOURCE_PROJECTION = "s {.*, author: a {.id, .name}}";

	// Names of their own, so that the subquery never captures a variable of the query it
	// sits in.
	private static final String CITED_SOURCE_PROJECTION = "citedSource {.*, author: citedAuthor {.id, .name}}";

	/**
	 * A COLLECT subquery that lists the citations of the fact bound to the given
	 * variable.
	 */
	public static String of(String fact) {
		return """
				COLLECT {
				  MATCH (%s)-[reportedIn:REPORTED_IN]->(citedSource:Source)
				  OPTIONAL MATCH (citedSource)-[:WRITTEN_BY]->(citedAuthor:Person)
				  RETURN {excerpt: reportedIn.excerpt, recordedAt: reportedIn.recordedAt, source: %s} AS citation
				  ORDER BY citedSource.publishedEarliest, citedSource.id, reportedIn.position
				}""".formatted(fact, CITED_SOURCE_PROJECTION);
	}

	/** Finds one source by id. */
	static final String SOURCE_BY_ID = """
			MATCH (s:Source {id: $id})
			OPTIONAL MATCH (s)-[:WRITTEN_BY]->(a:Person)
			RETURN %s AS source
			""".formatted(SOURCE_PROJECTION);

}
