package io.casefile.tracker;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.casefile.WritingTest;
import io.casefile.csv.FileSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two trackers that date Amazon's waves differently, name it differently and are shaped
 * differently, imported into one graph: Amazon stays one organization, each wave one wave
 * with both trackers' claims, where they disagree on a day the wave is disputed, and no
 * total counts a wave twice.
 */
@WritingTest
class TwoTrackersTests {

	static final String OTHER = "warn-style-tracker.csv";

	static final TrackerImport.Options OTHER_OPTIONS = new TrackerImport.Options(TrackerColumns.USUAL_NAMES,
			TrackerImport.Mode.ALL_OR_NOTHING,
			new FileSource("https://example.org/warn-notices-2026-03", "WARN notices, March 2026", "2026-03-20"),
			LocalDate.of(2026, 3, 20));

	static final String AMAZON_WAVES = """
			{
			  organization(name: "Amazon.com, Inc.") {
			    id
			    timeline(kinds: [LAYOFF_WAVE], from: "2025-10-01", to: "2026-06-30") {
			      edges { node { id date { text } ... on LayoffWave { headcount } citations { via source { url } } } }
			    }
			  }
			}""";

	static final String AFTER_NEGATIVE_CASH_FLOW = """
			{
			  eventsAfterFinancialThreshold(organization: "Amazon", kind: LAYOFF_WAVE, metric: FREE_CASH_FLOW,
			                                below: 0) {
			    totalCount totalHeadcount events { edges { node { id } } }
			  }
			}""";

	@Autowired
	TrackerImport trackers;

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Neo4jClient neo4j;

	ImportReport other;

	/**
	 * The other tracker's first import into the shared graph, whichever test ran first:
	 * later imports find its rows already recorded.
	 */
	static @Nullable ImportReport firstImportOfOther;

	Map<String, Object> afterThePublicTracker;

	long amazonWavesBefore;

	@BeforeEach
	void importBothTrackers() {
		TestTrackers.importTracker(this.trackers, TestTrackers.PUBLIC);
		this.afterThePublicTracker = afterNegativeCashFlow();
		this.amazonWavesBefore = amazonWaves();
		this.other = TestTrackers.importTracker(this.trackers, OTHER, OTHER_OPTIONS);
		if (firstImportOfOther == null) {
			firstImportOfOther = this.other;
		}
	}

	@Test
	void theOtherTrackersAmazonRowsAreClaimsAboutAmazonsWavesNotNewWaves() {
		assertThat(amazonWaves()).isEqualTo(this.amazonWavesBefore);
		assertThat(count("MATCH (o:Organization)-[:KNOWN_AS]->(n:OrganizationName) "
				+ "WHERE n.matchKey = 'amazon com' RETURN count(DISTINCT o)"))
			.isOne();
		List<Map<String, Object>> waves = this.graphQl.document(AMAZON_WAVES)
			.execute()
			.path("organization.timeline.edges[*].node")
			.entity(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.get();
		// The October and January waves, and the tracker's own 84 jobs of 15 December.
		assertThat(waves).extracting((wave) -> wave.get("id"))
			.containsExactly("amazon-layoffs-2025-10", "layoff-amazon-2025-12-15", "amazon-layoffs-2026-01");
		assertThat(waves).extracting((wave) -> wave.get("headcount")).containsExactly(14000, 84, 16000);
		// Each of the article's waves has both trackers' claims.
		for (Map<String, Object> wave : List.of(waves.get(0), waves.get(2))) {
			assertThat(vias(wave)).contains(TestTrackers.PUBLIC, OTHER);
		}
		// Its first import created the one wave no other source has and merged six rows
		// into the graph's waves; later imports find them all.
		ImportReport first = Objects.requireNonNull(firstImportOfOther);
		assertThat(first.created()).isOne();
		assertThat(first.merged()).isEqualTo(6);
		assertThat(first.unchanged()).isZero();
		if (this.other != first) {
			assertThat(this.other.created()).isZero();
			assertThat(this.other.merged()).isZero();
		}
	}

	@Test
	void theDaysTheTrackersDisagreeOnAreDisputes() {
		var disputes = this.graphQl.document("""
				{ disputes(organization: "Amazon.com Inc") { edges { node { event { id } about
				  claims { date { text } citation { via } } } } } }""").execute();
		List<Map<String, Object>> found = disputes.path("disputes.edges[*].node")
			.entity(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.get();
		Map<String, Object> october = byEvent(found, "amazon-layoffs-2025-10");
		Map<String, Object> january = byEvent(found, "amazon-layoffs-2026-01");
		assertThat(october.get("about")).isEqualTo(List.of("DATE"));
		assertThat(january.get("about")).isEqualTo(List.of("DATE"));
		assertThat(dates(october)).contains("late October 2025", "2025-10-27", "2025-10-28");
		assertThat(dates(january)).contains("late January 2026", "2026-01-28", "2026-03-18");
	}

	@Test
	void noTotalCountsAWaveTwice() {
		Map<String, Object> after = afterNegativeCashFlow();
		assertThat(after).isEqualTo(this.afterThePublicTracker);
		// 14,000 and 16,000 of the article's two corporate waves, and the tracker's own
		// separate 84 jobs of 15 December: each once, whatever the number of sources.
		assertThat(after).containsEntry("totalHeadcount", 30084).containsEntry("totalCount", 3);
		var statistics = this.graphQl.document("""
				{ eventStatistics(where: {kinds: [LAYOFF_WAVE], organizations: ["AMAZON.COM"],
				                         from: "2025-10-01", to: "2026-06-30"}) { count disputed sum } }""").execute();
		statistics.path("eventStatistics[0].count").entity(Integer.class).isEqualTo(3);
		statistics.path("eventStatistics[0].disputed").entity(Integer.class).isEqualTo(2);
		statistics.path("eventStatistics[0].sum").entity(Double.class).isEqualTo(30084.0);
	}

	@Test
	void aWavesCitationsSayWhatEachTrackerClaimsWhenAskedAndListTheSameCitationsWhenNot() {
		String withClaims = """
				{ organization(name: "Amazon") { timeline(kinds: [LAYOFF_WAVE], from: "2025-10-01", to: "2025-10-31") {
				  edges { node { id citations { excerpt via claim { headcount date { text } } } } } } } }""";
		List<Map<String, Object>> claimed = citations(withClaims);
		// The article's three sentences, then each tracker's row with the day it gives.
		assertThat(claimed).extracting((c) -> c.get("via"))
			.containsExactly(null, null, null, OTHER, TestTrackers.PUBLIC);
		assertThat(claimed).extracting((c) -> c.get("claim"))
			.containsExactly(claim(14000, "late October 2025"), claim(14000, "late October 2025"),
					claim(14000, "late October 2025"), claim(14000, "2025-10-28"), claim(14000, "2025-10-27"));
		// Not asked for, the claims are left out of the read (CitationsTests); the
		// citations are the same, in the same order.
		List<Map<String, Object>> unclaimed = citations(withClaims.replace(" claim { headcount date { text } }", ""));
		assertThat(unclaimed).extracting((c) -> c.get("excerpt"))
			.containsExactlyElementsOf(claimed.stream().map((c) -> c.get("excerpt")).toList());
	}

	private static Map<String, Object> claim(int headcount, String date) {
		return Map.of("headcount", headcount, "date", Map.of("text", date));
	}

	private List<Map<String, Object>> citations(String document) {
		return this.graphQl.document(document)
			.execute()
			.path("organization.timeline.edges[0].node.citations")
			.entity(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.get();
	}

	@Test
	void asOfADayBeforeTheOtherTrackerItsClaimsWereNotKnown() {
		List<Map<String, Object>> waves = this.graphQl.document("""
				{ organization(name: "Amazon") { timeline(kinds: [LAYOFF_WAVE], from: "2026-01-01",
				  asOf: "2026-03-01") { edges { node { id citations { via } } } } } }""")
			.execute()
			.path("organization.timeline.edges[*].node")
			.entity(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.get();
		assertThat(waves).singleElement().satisfies((wave) -> assertThat(vias(wave)).doesNotContain(OTHER));
	}

	@Test
	void aCompanyNewToTheGraphTakesItsPlaceAndIndustryFromTheTrackerCited() {
		var answer = this.graphQl.document("""
				{ organization(name: "Fjordlight Systems") { name attributes { name value
				  citations { source { url } } } } }""").execute();
		answer.path("organization.name").entity(String.class).isEqualTo("Fjordlight Systems AS");
		answer.path("organization.attributes[*].value")
			.entityList(String.class)
			.contains("Oslo, Norway", "Hardware")
			.hasSize(2);
		answer.path("organization.attributes[0].citations[0].source.url")
			.entity(String.class)
			.isEqualTo("https://example.org/warn-notices-2026-03");
	}

	private Map<String, Object> afterNegativeCashFlow() {
		return this.graphQl.document(AFTER_NEGATIVE_CASH_FLOW)
			.execute()
			.path("eventsAfterFinancialThreshold")
			.entity(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	private long amazonWaves() {
		return count("MATCH (:Organization {id: 'amazon'})<-[:CONCERNS]-(w:LayoffWave) RETURN count(w)");
	}

	@SuppressWarnings("unchecked")
	private static List<Object> vias(Map<String, Object> wave) {
		return ((List<Map<String, Object>>) wave.get("citations")).stream().map((c) -> c.get("via")).toList();
	}

	@SuppressWarnings("unchecked")
	private static List<Object> dates(Map<String, Object> dispute) {
		return ((List<Map<String, Object>>) dispute.get("claims")).stream()
			.map((c) -> ((Map<String, Object>) c.get("date")).get("text"))
			.toList();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> byEvent(List<Map<String, Object>> disputes, String id) {
		return disputes.stream()
			.filter((d) -> id.equals(((Map<String, Object>) d.get("event")).get("id")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no dispute about " + id + " in " + disputes));
	}

	private long count(String cypher) {
		return this.neo4j.query(cypher).fetchAs(Long.class).one().orElseThrow();
	}

}
