package io.casefile.tracker;

import io.casefile.WritingTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "What was known on 1 November 2025?" with the shared tracker imported: the tracker
 * added the October 2025 wave on 28 October, so Amazon's timeline as of 1 November 2025
 * has it, cited to the tracker's source only (the article came later), and has nothing of
 * January 2026.
 */
@WritingTest
class AsOfTrackerTests {

	@Autowired
	TrackerImport trackers;

	@Autowired
	HttpGraphQlTester graphQl;

	@BeforeEach
	void importTheTracker() {
		TestTrackers.importTracker(this.trackers, TestTrackers.PUBLIC);
	}

	@Test
	void asOfTheFirstOfNovember2025AmazonsTimelineHasTheOctoberWaveAndNotTheJanuaryOne() {
		this.graphQl.document("""
				{
				  organization(name: "Amazon") {
				    timeline(kinds: [LAYOFF_WAVE], from: "2025-07-01", asOf: "2025-11-01") {
				      edges { node { id citations { knownSince source { url } } } }
				    }
				  }
				}""")
			.execute()
			.path("organization.timeline.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("layoff-amazon-2025-07-17", "amazon-layoffs-2025-10")
			.path("organization.timeline.edges[1].node.citations[*].source.url")
			.entityList(String.class)
			.contains("https://www.cnbc.com/2025/10/28/amazon-layoffs-corporate-workers-ai.html")
			// The article (4 February 2026) is not among them: every citation was on
			// record by then.
			.path("organization.timeline.edges[1].node.citations[*].knownSince")
			.entityList(String.class)
			.contains("2025-10-28")
			.satisfies((days) -> assertThat(days).allMatch((day) -> day.compareTo("2025-11-01") <= 0));
	}

	@Test
	void withoutAsOfTheTimelineHasEverythingSinceRecorded() {
		this.graphQl.document("""
				{
				  organization(name: "Amazon") {
				    timeline(kinds: [LAYOFF_WAVE], from: "2025-10-01") { edges { node { id } } }
				  }
				}""")
			.execute()
			.path("organization.timeline.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("amazon-layoffs-2025-10", "layoff-amazon-2025-12-15", "amazon-layoffs-2026-01");
	}

}
