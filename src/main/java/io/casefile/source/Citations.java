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
	// sits in. The source's own properties (all, or those a list shows) are filled in.
	private static final String CITED_SOURCE_PROJECTION = "citedSource {%s, author: citedAuthor {.id, .name}}";

	/**
	 * What a citation claims, when its source's claim was recorded on its own: the
	 * entries of the map a citation reads as.
	 */
	private static final String CLAIMS = """
			claimedHeadcount: reportedIn.claimedHeadcount,
			claimedDatePrecision: reportedIn.claimedDatePrecision, claimedDateText: reportedIn.claimedDateText,
			claimedDatePart: reportedIn.claimedDatePart, claimedDateEarliest: reportedIn.claimedDateEarliest,
			claimedDateLatest: reportedIn.claimedDateLatest, claimedAmount: reportedIn.claimedAmount,
			claimedAmountExact: reportedIn.claimedAmountExact, claimedAmountText: reportedIn.claimedAmountText,
			claimedValue: reportedIn.claimedValue, claimedValueExact: reportedIn.claimedValueExact,
			claimedValueText: reportedIn.claimedValueText,
			""";

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
		return of(fact, true, true);
	}

	/**
	 * The citations of the fact bound to the given variable, as {@link #of(String)} lists
	 * them, with only the parts a request selects: what each claims ({@code claims}), who
	 * wrote each source ({@code authors}). The parts left out read as unknown (no claim,
	 * no author), so they may only be left out where nobody reads them. A timeline page
	 * that shows excerpts and titles costs half the database hits without them (1,352
	 * instead of 2,618 for 20 events): the author's lookup on a source many facts cite,
	 * and the twelve claim properties of each citation.
	 */
	public static String of(String fact, boolean claims, boolean authors) {
		return of(fact, claims, authors, true);
	}

	/**
	 * The citations of the fact bound to the given variable, as
	 * {@link #of(String, boolean, boolean)} lists them, with every property of each
	 * source ({@code sources}) or only its id and title. The others read as unknown (no
	 * publisher, no address, an unknown publication day), so they may only be left out
	 * where nobody reads them; the citations' order is the same either way.
	 */
	public static String of(String fact, boolean claims, boolean authors, boolean sources) {
		String properties = sources ? ".*" : ".id, .title";
		return """
				COLLECT {
				  MATCH (%1$s)-[reportedIn:REPORTED_IN]->(citedSource:Source)
				  WITH reportedIn, citedSource, %3$s AS knownSince
				  WHERE $asOf IS NULL OR knownSince <= $asOf%4$s
				  RETURN {excerpt: reportedIn.excerpt, recordedAt: reportedIn.recordedAt, knownSince: knownSince,
				          via: reportedIn.via, %5$ssource: %2$s} AS citation
				  ORDER BY citedSource.publishedEarliest, knownSince, citedSource.id, reportedIn.position
				}""".formatted(fact, (authors ? CITED_SOURCE_PROJECTION : "citedSource {%s}").formatted(properties),
				knownSince("reportedIn", "citedSource"),
				authors ? "\n  OPTIONAL MATCH (citedSource)-[:WRITTEN_BY]->(citedAuthor:Person)" : "",
				claims ? CLAIMS.indent(10).strip() + " " : "");
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
