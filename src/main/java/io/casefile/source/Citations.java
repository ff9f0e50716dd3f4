package io.casefile.source;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The Cypher that reads citations, shared by every feature whose facts are cited so that
 * a citation reads the same everywhere: oldest source first, then in the order the
 * dataset gave them.
 * <p>
 * A citation is known since the day its claim was first on record: the day a tracker
 * added the row, else the day its source was published (the last day the publication date
 * can mean), else the day Casefile recorded it. Every statement that reads citations
 * binds {@value #AS_OF}: a day, to read only the citations known by then, or null for all
 * of them.
 */
public final class Citations {

	/** The parameter that holds the "as of" day, or null. */
	public static final String AS_OF = "asOf";

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
	 * The day the citation bound to {@code citation}, of the source bound to
	 * {@code source}, was first known.
	 */
	public static String knownSince(String citation, String source) {
		return "coalesce(%1$s.knownSince, %2$s.publishedLatest, date(%1$s.recordedAt))".formatted(citation, source);
	}

	/**
	 * A COLLECT subquery that lists the citations of the fact bound to the given
	 * variable, each with what it claims (when its source's claim was recorded apart from
	 * the fact's, as a tracker's row is) and since when it was known.
	 */
	public static String of(String fact) {
		return """
				COLLECT {
				  MATCH (%1$s)-[reportedIn:REPORTED_IN]->(citedSource:Source)
				  WITH reportedIn, citedSource, %3$s AS knownSince
				  WHERE $asOf IS NULL OR knownSince <= $asOf
				  OPTIONAL MATCH (citedSource)-[:WRITTEN_BY]->(citedAuthor:Person)
				  RETURN {excerpt: reportedIn.excerpt, recordedAt: reportedIn.recordedAt, knownSince: knownSince,
				          via: reportedIn.via, claimedHeadcount: reportedIn.claimedHeadcount,
				          claimedDatePrecision: reportedIn.claimedDatePrecision, claimedDateText: reportedIn.claimedDateText,
				          claimedDatePart: reportedIn.claimedDatePart, claimedDateEarliest: reportedIn.claimedDateEarliest,
				          claimedDateLatest: reportedIn.claimedDateLatest, claimedAmount: reportedIn.claimedAmount,
				          claimedAmountExact: reportedIn.claimedAmountExact, claimedAmountText: reportedIn.claimedAmountText,
				          claimedValue: reportedIn.claimedValue, claimedValueExact: reportedIn.claimedValueExact,
				          claimedValueText: reportedIn.claimedValueText, source: %2$s} AS citation
				  ORDER BY citedSource.publishedEarliest, knownSince, citedSource.id, reportedIn.position
				}"""
			.formatted(fact, CITED_SOURCE_PROJECTION, knownSince("reportedIn", "citedSource"));
	}

	/**
	 * The predicate that the fact bound to {@code fact} was known by the day
	 * {@code $asOf}: some source of it had reported it.
	 */
	public static String knownBy(String fact) {
		return """
				EXISTS {
				  MATCH (%s)-[knownCitation:REPORTED_IN]->(knownSource:Source)
				  WHERE %s <= $asOf
				}""".formatted(fact, knownSince("knownCitation", "knownSource"));
	}

	/**
	 * Parameters for a statement that reads citations of every day: the given ones, and
	 * {@value #AS_OF} null.
	 */
	public static Map<String, @Nullable Object> allKnown(String name, Object value) {
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put(name, value);
		parameters.put(AS_OF, null);
		return parameters;
	}

	/** Finds one source by id. */
	static final String SOURCE_BY_ID = """
			MATCH (s:Source {id: $id})
			OPTIONAL MATCH (s)-[:WRITTEN_BY]->(a:Person)
			RETURN %s AS source
			""".formatted(SOURCE_PROJECTION);

}
