package io.casefile.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.casefile.event.Event;
import io.casefile.event.EventQueries;
import io.casefile.event.EventRows;
import io.casefile.event.EventSelection;
import graphql.schema.DataFetchingFieldSelectionSet;
import io.casefile.search.SearchHit.MatchedIn;
import io.casefile.search.SearchHit.TextRange;
import io.casefile.source.Citation;
import io.casefile.source.Citations;
import io.casefile.system.InvalidArgumentException;
import io.casefile.system.Page;
import io.casefile.system.RequestLimits;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers {@code search}: both full-text indexes are asked in one statement, each event
 * keeps its best hit, and hits are paged by score, then id.
 */
@Controller
@Transactional(readOnly = true)
class SearchController {

	/**
	 * The search; {@code %1$s} is the event projection, {@code %2$s} and {@code %3$s}
	 * what was known by {@code $asOf} of an event and of a citation. Each index gives its
	 * best {@code $candidates} hits, and says the score that every hit it did not give is
	 * at most ({@code unseenAtMost}, -1 when it gave them all): the page is the whole
	 * answer when its last hit scores above that ({@link #ranksEveryHit}). A hit in an
	 * excerpt stands for the event cited, or each event whose figure is cited: those are
	 * looked for only when the cited fact is a figure (an OPTIONAL MATCH for every one of
	 * the candidates was half of the statement's database hits). The hit's variables have
	 * names of their own: the event projection's subqueries would capture
	 * {@code reportedIn} or {@code citedSource}.
	 */
	private static final String SEARCH = """
			CALL () {
			  CALL db.index.fulltext.queryNodes('event_text', $query, {limit: $candidates}) YIELD node, score
			  RETURN collect({node: node, score: score}) AS eventHits,
			         CASE WHEN count(*) < $candidates THEN -1.0 ELSE min(score) END AS eventsUnseenAtMost
			}
			CALL () {
			  CALL db.index.fulltext.queryRelationships('citation_excerpt', $query, {limit: $candidates}) YIELD relationship, score
			  RETURN collect({relationship: relationship, score: score}) AS excerptHits,
			         CASE WHEN count(*) < $candidates THEN -1.0 ELSE min(score) END AS excerptsUnseenAtMost
			}
			WITH eventHits, excerptHits, CASE WHEN eventsUnseenAtMost > excerptsUnseenAtMost
			  THEN eventsUnseenAtMost ELSE excerptsUnseenAtMost END AS unseenAtMost
			CALL (eventHits, excerptHits) {
			  UNWIND eventHits AS hit
			  WITH hit.node AS node, hit.score AS score
			  WHERE $asOf IS NULL OR %2$s
			  RETURN node AS e, score, null AS hitIn
			  UNION ALL
			  UNWIND excerptHits AS hit
			  WITH hit.relationship AS relationship, hit.score AS score, endNode(hit.relationship) AS hitSource
			  WHERE $asOf IS NULL OR %3$s <= $asOf
			  WITH relationship, score, startNode(relationship) AS fact
			  UNWIND CASE WHEN fact:Event THEN [fact]
			    ELSE [(owner:Event)-[:REPORTS|USES|RESULTS_IN]->(fact) | owner] END AS e
			  RETURN e, score, relationship AS hitIn
			}
			WITH e, score, hitIn, unseenAtMost
			ORDER BY score DESC
			WITH e, unseenAtMost, collect({score: score, hitIn: hitIn})[0] AS best
			WITH e, best.score AS score, best.hitIn AS hitIn, unseenAtMost
			WHERE $afterScore IS NULL OR score < $afterScore OR (score = $afterScore AND e.id > $afterId)
			ORDER BY score DESC, e.id
			LIMIT $limit
			WITH e, score, hitIn, endNode(hitIn) AS hitSource, unseenAtMost
			OPTIONAL MATCH (hitSource)-[:WRITTEN_BY]->(hitAuthor:Person)
			RETURN %1$s AS event, e.summary AS summary, e.quote AS quote, score, hitIn.excerpt AS excerpt,
			       CASE WHEN hitSource IS NULL THEN null ELSE hitSource {.*, author: hitAuthor {.id, .name}} END AS source,
			       unseenAtMost
			""";

	/**
	 * How many of each index's best matches are ranked at most: a common word matches
	 * most of a large graph, and reading every match to find the best twenty costs more
	 * than any reader pages through.
	 */
	static final int CANDIDATES = 1000;

	/**
	 * How many of each index's best matches are ranked first for each hit of the page.
	 * Reading a thousand took twice as long as reading 84 (a page of 20) on the
	 * benchmark's graph; when the page is not sure to be the whole answer from those, the
	 * search is asked again with {@link #CANDIDATES}. That costs a word whose hits tie by
	 * the hundred (the benchmark's templated titles) both readings.
	 */
	static final int CANDIDATES_PER_HIT = 4;

	private final Neo4jClient neo4j;

	private final RequestLimits limits;

	SearchController(Neo4jClient neo4j, RequestLimits limits) {
		this.neo4j = neo4j;
		this.limits = limits;
	}

	@QueryMapping
	@SuppressWarnings("unchecked")
	Page.Connection<SearchHit> search(@Argument String text, @Argument @Nullable Integer first,
			@Argument @Nullable String after, @Argument @Nullable LocalDate asOf,
			DataFetchingFieldSelectionSet selection) {
		if (text.length() > this.limits.searchCharacters()) {
			throw new InvalidArgumentException(
					"The search text is %,d characters long; the limit is %,d (casefile.limits.search-characters): search for fewer words"
						.formatted(text.length(), this.limits.searchCharacters()));
		}
		List<String> words = SearchHit.words(text).stream().distinct().toList();
		if (words.isEmpty()) {
			throw new InvalidArgumentException("Give at least one word to search for");
		}
		if (words.size() > this.limits.searchWords()) {
			throw new InvalidArgumentException(
					"The search holds %,d different words; the limit is %,d (casefile.limits.search-words): search for the few that matter"
						.formatted(words.size(), this.limits.searchWords()));
		}
		Page page = Page.of(first, after);
		Map<String, @Nullable Object> params = new HashMap<>();
		// Words only: Lucene's operators in a journalist's text would be errors, not
		// intentions.
		params.put("query", String.join(" ", words));
		Page.NumberedKey cursor = (page.after() != null) ? Page.NumberedKey.parse(page.after()) : null;
		params.put("afterScore", (cursor != null) ? cursor.value() : null);
		params.put("afterId", (cursor != null) ? cursor.key() : null);
		params.put("limit", page.limit());
		params.put(Citations.AS_OF, asOf);
		// The hit's own citation is read here; the event's citations only when selected.
		// The summary and the quote, where the words may have matched, are read apart.
		EventSelection read = EventSelection.of(selection, "edges/node/event/")
			.withCitationsAt(selection, "edges/node/citation");
		String cypher = SEARCH.formatted(EventQueries.projection(read), Citations.knownBy("node"),
				Citations.knownSince("relationship", "hitSource"));
		int candidates = Math.min(CANDIDATES, page.limit() * CANDIDATES_PER_HIT);
		params.put("candidates", candidates);
		Collection<Map<String, Object>> rows = this.neo4j.query(cypher).bindAll(params).fetch().all();
		if (candidates < CANDIDATES && !ranksEveryHit(rows, page.limit())) {
			params.put("candidates", CANDIDATES);
			rows = this.neo4j.query(cypher).bindAll(params).fetch().all();
		}
		List<SearchHit> hits = new ArrayList<>();
		rows.forEach((row) -> {
			Event event = EventRows.event((Map<String, ?>) row.get("event"));
			double score = ((Number) row.get("score")).doubleValue();
			String excerpt = (String) row.get("excerpt");
			if (excerpt != null) {
				Citation citation = Citation.fromRow(Map.of("excerpt", excerpt, "source", row.get("source")));
				hits.add(hit(event, score, MatchedIn.EXCERPT, excerpt, words, citation));
			}
			else {
				hits.add(hitInEvent(event, (String) row.get("summary"), (String) row.get("quote"), score, words));
			}
		});
		return page.connection(hits, (hit) -> new Page.NumberedKey(hit.score(), hit.event().id()).toString());
	}

	/**
	 * Whether a page read from the best candidates of each index is the page every hit
	 * would give: every index gave all its hits, or the page is full and its last hit
	 * scores above any hit not given (a hit that ties it could come first by id). An
	 * empty page says nothing of the hits not given.
	 */
	static boolean ranksEveryHit(Collection<Map<String, Object>> rows, int limit) {
		if (rows.isEmpty()) {
			return false;
		}
		double unseenAtMost = ((Number) rows.iterator().next().get("unseenAtMost")).doubleValue();
		double last = ((Number) List.copyOf(rows).getLast().get("score")).doubleValue();
		return unseenAtMost < 0 || (rows.size() == limit && last > unseenAtMost);
	}

	/**
	 * A hit in the event itself: in its title, else its summary, else its quote (a
	 * statement's), where the words are found first.
	 */
	private static SearchHit hitInEvent(Event event, @Nullable String summary, @Nullable String quote, double score,
			List<String> words) {
		@Nullable Citation first = event.citations().isEmpty() ? null : event.citations().getFirst();
		Map<MatchedIn, @Nullable String> fields = new java.util.LinkedHashMap<>();
		fields.put(MatchedIn.TITLE, event.title());
		fields.put(MatchedIn.SUMMARY, summary);
		fields.put(MatchedIn.QUOTE, quote);
		for (var field : fields.entrySet()) {
			String text = field.getValue();
			if (text != null && !SearchHit.ranges(text, words).isEmpty()) {
				return hit(event, score, field.getKey(), text, words, first);
			}
		}
		return hit(event, score, MatchedIn.TITLE, event.title(), words, first);
	}

	private static SearchHit hit(Event event, double score, MatchedIn in, String text, List<String> words,
			@Nullable Citation citation) {
		List<TextRange> ranges = SearchHit.ranges(text, words);
		return new SearchHit(event, score, in, text, SearchHit.highlight(text, ranges), ranges, citation);
	}

}
