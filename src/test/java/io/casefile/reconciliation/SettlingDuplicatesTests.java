package io.casefile.reconciliation;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.casefile.WritingTest;
import io.casefile.tracker.ImportReport;
import io.casefile.tracker.TrackerColumns;
import io.casefile.tracker.TrackerImport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person settles what the rule could not: two rows near each other with other
 * headcounts are listed as possible duplicates; marked distinct, they are no longer
 * listed; merged, they are one wave with both sources' claims, disputed where they
 * differ, counted once; split again, the merged wave is back as it was. Each step is
 * cited and audited, and importing the tracker again changes nothing.
 */
@WritingTest
class SettlingDuplicatesTests {

	static final String COMPANY = "Hallingdal Mills";

	static final String TRACKER = """
			company,total_laid_off,date,source
			Hallingdal Mills,120,2025-03-01,https://example.org/hallingdal-a
			Hallingdal Mills,150,2025-03-20,https://example.org/hallingdal-b
			Hallingdal Mills,60,2025-05-02,https://example.org/hallingdal-c
			""";

	static final String MARCH_1 = "layoff-hallingdal-mills-2025-03-01";

	static final String MARCH_20 = "layoff-hallingdal-mills-2025-03-20";

	static final String MAY_2 = "layoff-hallingdal-mills-2025-05-02";

	static final String POSSIBLE_DUPLICATES = """
			{ possibleDuplicates(organization: "Hallingdal Mills") { edges { node {
			  event { id } candidate { id } daysApart } } } }""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	TrackerImport trackers;

	@Autowired
	Neo4jClient neo4j;

	HttpGraphQlTester writer() {
		return this.graphQl.mutate().header("Authorization", "Bearer " + WritingTest.TOKEN).build();
	}

	@BeforeEach
	void importTheTrackerAndTheArticleThatSettlesIt() {
		ImportReport report = importTracker();
		if (report.created() == 3) {
			assertThat(report.possibleDuplicates()).extracting(ImportReport.PossibleDuplicate::line)
				.containsExactly(3, 4);
		}
		writer().document("""
				mutation { recordSource(source: {url: "https://example.org/hallingdal-settled",
				  title: "Hallingdal Mills confirms one round of cuts", publishedOn: "2025-04-02"}) { id } }""")
			.execute()
			.errors()
			.verify();
	}

	@Test
	void theRuleListsWhatItCannotSettleAndAPersonSettlesIt() {
		assertThat(pairs()).containsExactly(List.of(MARCH_20, MARCH_1, 19), List.of(MAY_2, MARCH_20, 43));

		// Two waves indeed: no longer listed.
		writer().document("""
				mutation { markDistinct(events: ["layoff-hallingdal-mills-2025-05-02",
				  "layoff-hallingdal-mills-2025-03-20"], reason: "May's cut is at another mill.") { id } }""")
			.execute()
			.errors()
			.verify();
		assertThat(pairs()).containsExactly(List.of(MARCH_20, MARCH_1, 19));

		// One wave, reported twice: merged, it keeps both sources' claims, which differ.
		writer()
			.document(
					"""
							mutation ($excerpt: String!) {
							  mergeEvents(into: "layoff-hallingdal-mills-2025-03-01", events: ["layoff-hallingdal-mills-2025-03-20"],
							    reason: "The company confirms a single round of cuts in March.",
							    citation: {source: "src-%s", excerpt: $excerpt}) { id citations { source { url } } }
							}"""
						.formatted(sourceId("https://example.org/hallingdal-settled")))
			.variable("excerpt", "Hallingdal Mills said its March cuts were a single round.")
			.execute()
			.path("mergeEvents.citations[*].source.url")
			.entityList(String.class)
			.contains("https://example.org/hallingdal-a", "https://example.org/hallingdal-b");
		assertThat(pairs()).isEmpty();
		assertThat(waves()).containsExactly(MARCH_1, MAY_2);
		this.graphQl
			.document("{ disputes(organization: \"Hallingdal Mills\") { edges { node { event { id } about } } } }")
			.execute()
			.path("disputes.edges[0].node.event.id")
			.entity(String.class)
			.isEqualTo(MARCH_1)
			.path("disputes.edges[0].node.about")
			.entityList(String.class)
			.containsExactly("HEADCOUNT", "DATE");
		var statistics = this.graphQl
			.document("{ eventStatistics(where: {organizations: [\"Hallingdal Mills\"]}) { count disputed sum } }")
			.execute();
		statistics.path("eventStatistics[0].count").entity(Integer.class).isEqualTo(2);
		statistics.path("eventStatistics[0].disputed").entity(Integer.class).isEqualTo(1);
		statistics.path("eventStatistics[0].sum").entity(Double.class).isEqualTo(180.0);

		// Importing the tracker again changes nothing: its rows' citations say which wave
		// they are now.
		ImportReport again = importTracker();
		assertThat(again.created()).isZero();
		assertThat(again.unchanged()).isEqualTo(3);
		assertThat(waves()).containsExactly(MARCH_1, MAY_2);

		// The merge undone: the second source's wave is back, with its citation.
		writer().document("""
				mutation { splitEvent(id: "layoff-hallingdal-mills-2025-03-01",
				  citationsOf: ["src-%s"], reason: "The company later said the rounds were separate.",
				  citation: {source: "src-%s", excerpt: "Hallingdal Mills said its March cuts were a single round."})
				  { id ... on LayoffWave { headcount } citations { source { url } } } }""".formatted(
				sourceId("https://example.org/hallingdal-b"), sourceId("https://example.org/hallingdal-settled")))
			.execute()
			.path("splitEvent.id")
			.entity(String.class)
			.isEqualTo(MARCH_20)
			.path("splitEvent.headcount")
			.entity(Integer.class)
			.isEqualTo(150)
			.path("splitEvent.citations[*].source.url")
			.entityList(String.class)
			.containsExactly("https://example.org/hallingdal-b");
		assertThat(waves()).containsExactly(MARCH_1, MARCH_20, MAY_2);
		assertThat(count("MATCH (c:Change) WHERE c.action IN ['MARK_DISTINCT', 'MERGE_EVENTS', 'SPLIT_EVENT'] "
				+ "AND c.target STARTS WITH 'layoff-hallingdal-mills' RETURN count(c)"))
			.isEqualTo(3);
	}

	private ImportReport importTracker() {
		try {
			return this.trackers.write("hallingdal.csv",
					() -> new ByteArrayInputStream(TRACKER.getBytes(StandardCharsets.UTF_8)),
					TrackerImport.Options.of(TrackerColumns.USUAL_NAMES, TrackerImport.Mode.ALL_OR_NOTHING), "tester",
					TrackerImport.Progress.NONE);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	private List<List<Object>> pairs() {
		List<Map<String, Object>> nodes = this.graphQl.document(POSSIBLE_DUPLICATES)
			.execute()
			.path("possibleDuplicates.edges[*].node")
			.entity(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.get();
		return nodes.stream()
			.map((n) -> List.<Object>of(((Map<String, Object>) n.get("event")).get("id"),
					((Map<String, Object>) n.get("candidate")).get("id"), n.get("daysApart")))
			.toList();
	}

	private List<String> waves() {
		return this.graphQl.document(
				"{ organization(name: \"Hallingdal Mills\") { timeline(kinds: [LAYOFF_WAVE]) { edges { node { id } } } } }")
			.execute()
			.path("organization.timeline.edges[*].node.id")
			.entityList(String.class)
			.get();
	}

	private static String sourceId(String url) {
		return io.casefile.recording.Ids.source(url).substring("src-".length());
	}

	private long count(String cypher) {
		return this.neo4j.query(cypher).fetchAs(Long.class).one().orElseThrow();
	}

}
