package io.casefile.dispute;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.casefile.ConnectionPages;
import io.casefile.WritingTest;
import io.casefile.tracker.TrackerColumns;
import io.casefile.tracker.TrackerImport;
import io.casefile.tracker.TrackerImport.Mode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Where do sources disagree, and what does each say?" (question 10): a second tracker
 * gives Amazon's January 2026 wave 18,000 jobs where the article says 16,000, and dates
 * two claims about the October 2025 wave to days that cannot both be right. Both claims
 * are kept, each with its source.
 */
@WritingTest
class DisputesTests {

	static final String OTHER_TRACKER = """
			company,location,total_laid_off,date,percentage_laid_off,industry,source,stage,funds_raised,country,date_added
			Amazon.com,Seattle,18000,1/28/2026,,Retail,https://example.org/amazon-18000,Post-IPO,8100,United States,1/30/2026
			Amazon,Seattle,14000,10/22/2025,,Retail,https://example.org/amazon-october-22,Post-IPO,8100,United States,10/23/2025
			Amazon,Seattle,14000,10/29/2025,,Retail,https://example.org/amazon-october-29,Post-IPO,8100,United States,10/30/2025
			""";

	static final String DISPUTES = """
			query ($asOf: Date) {
			  disputes(organization: "Amazon", asOf: $asOf) {
			    edges { node {
			      event { id title }
			      about
			      claims { headcount date { text } citation { source { url title } knownSince } }
			    } }
			  }
			}""";

	@Autowired
	TrackerImport trackers;

	@Autowired
	HttpGraphQlTester graphQl;

	@BeforeEach
	void importTheOtherTracker() throws IOException {
		this.trackers.write("other-tracker.csv",
				() -> new ByteArrayInputStream(OTHER_TRACKER.getBytes(StandardCharsets.UTF_8)),
				TrackerImport.Options.of(TrackerColumns.USUAL_NAMES, Mode.ALL_OR_NOTHING), "tester",
				TrackerImport.Progress.NONE);
	}

	@Test
	void bothHeadcountsOfTheJanuaryWaveAreListedEachWithItsSource() {
		Map<String, Object> january = dispute(disputes(null), "amazon-layoffs-2026-01");

		// (Other tests of this graph add claims of their own, such as another day.)
		assertThat((List<Object>) january.get("about")).contains("HEADCOUNT");
		List<Map<String, Object>> claims = claims(january);
		// The article, as recorded: 16,000 in late January 2026.
		assertThat(claims).anySatisfy((claim) -> {
			assertThat(claim).containsEntry("headcount", 16000);
			assertThat(source(claim)).containsEntry("title",
					"The company blames bureaucracy. The balance sheet tells a different story.");
			assertThat(claim.get("date")).isEqualTo(Map.of("text", "late January 2026"));
		});
		// The other tracker: 18,000 on 28 January 2026, known since it added the row.
		assertThat(claims).anySatisfy((claim) -> {
			assertThat(claim).containsEntry("headcount", 18000);
			assertThat(source(claim)).containsEntry("url", "https://example.org/amazon-18000");
			assertThat(claim.get("date")).isEqualTo(Map.of("text", "2026-01-28"));
			assertThat(((Map<?, ?>) claim.get("citation")).get("knownSince")).isEqualTo("2026-01-30");
		});
	}

	@Test
	void twoDaysThatCannotBothBeRightDisputeTheOctoberWavesDate() {
		Map<String, Object> october = dispute(disputes(null), "amazon-layoffs-2025-10");

		assertThat(october.get("about")).isEqualTo(List.of("DATE"));
		assertThat(claims(october)).<Object>extracting((claim) -> source(claim).get("url"))
			.contains("https://example.org/amazon-october-22", "https://example.org/amazon-october-29");
		assertThat(claims(october)).<Object>extracting((claim) -> ((Map<?, ?>) claim.get("date")).get("text"))
			.contains("late October 2025", "2025-10-22", "2025-10-29");
	}

	@Test
	void beforeTheSecondClaimWasOnRecordThereWasNoDispute() {
		// On 29 January 2026 neither the article (4 February) nor the 18,000 claim (added
		// 30 January) was on record.
		List<Map<String, Object>> before = disputes("2026-01-29");
		assertThat(before).<Object>extracting((d) -> ((Map<?, ?>) d.get("event")).get("id"))
			.doesNotContain("amazon-layoffs-2026-01");
	}

	@Test
	void acrossTheGraphDisputesComeInDateOrderPageByPage() {
		// Every dispute of the graph (other tests add synthetic companies of their own),
		// a hundred a page.
		List<Map<String, Object>> all = disputesAcrossTheGraph(100, Integer.MAX_VALUE);
		List<String> ids = all.stream().map((node) -> (String) ((Map<?, ?>) node.get("event")).get("id")).toList();
		assertThat(ids).contains("amazon-layoffs-2025-10", "amazon-layoffs-2026-01").doesNotHaveDuplicates();
		assertThat(ids.indexOf("amazon-layoffs-2025-10")).isLessThan(ids.indexOf("amazon-layoffs-2026-01"));
		// In date order; an undated event comes last.
		List<String> earliest = all.stream()
			.map((node) -> (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) node.get("event")).get("date")))
			.map((date) -> (date.get("earliest") != null) ? (String) date.get("earliest") : "9999-12-31")
			.toList();
		assertThat(earliest).isSorted();
		// Two a page, the same disputes in the same order.
		List<Map<String, Object>> twoAPage = disputesAcrossTheGraph(2, 10);
		assertThat(twoAPage).isEqualTo(all.subList(0, twoAPage.size()));
	}

	/** The graph's disputes, {@code first} a page, for at most {@code pages} pages. */
	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> disputesAcrossTheGraph(int first, int pages) {
		String across = """
				query ($first: Int, $after: String) {
				  disputes(first: $first, after: $after) {
				    edges { node {
				      event { id date { earliest } }
				      about
				      claims { headcount date { text } citation { source { url title } knownSince } }
				    } }
				    pageInfo { hasNextPage endCursor }
				  }
				}""";
		return ConnectionPages.edges(this.graphQl, across, "disputes", first, pages)
			.stream()
			.map((edge) -> (Map<String, Object>) edge.get("node"))
			.toList();
	}

	private List<Map<String, Object>> disputes(String asOf) {
		return this.graphQl.document(DISPUTES)
			.variable("asOf", asOf)
			.execute()
			.path("disputes.edges[*].node")
			.entityList(Map.class)
			.get()
			.stream()
			.map((node) -> (Map<String, Object>) node)
			.toList();
	}

	private static Map<String, Object> dispute(List<Map<String, Object>> disputes, String eventId) {
		return disputes.stream()
			.filter((d) -> eventId.equals(((Map<?, ?>) d.get("event")).get("id")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no dispute about " + eventId + " in " + disputes));
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> claims(Map<String, Object> dispute) {
		return (List<Map<String, Object>>) dispute.get("claims");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> source(Map<String, Object> claim) {
		return (Map<String, Object>) ((Map<String, Object>) claim.get("citation")).get("source");
	}

}
