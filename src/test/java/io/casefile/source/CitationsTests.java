package io.casefile.source;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Cypher that reads citations reads what a request selects of them: what each source
 * claims, who wrote it, and more of the source than its title, only when asked for.
 */
class CitationsTests {

	@Test
	void aPageThatShowsOnlyExcerptsAndSourcesReadsNeitherClaimsNorAuthors() {
		String slim = Citations.of("e", false, false);
		assertThat(slim).doesNotContain("claimed", "WRITTEN_BY", "citedAuthor")
			.contains("excerpt: reportedIn.excerpt", "source: citedSource {.*}");
	}

	@Test
	void claimsAndAuthorsAreReadEachOnItsOwn() {
		assertThat(Citations.of("e", true, false))
			.contains("claimedHeadcount: reportedIn.claimedHeadcount",
					"claimedValueText: reportedIn.claimedValueText, source: citedSource {.*}")
			.doesNotContain("WRITTEN_BY");
		assertThat(Citations.of("e", false, true)).doesNotContain("claimed")
			.contains("OPTIONAL MATCH (citedSource)-[:WRITTEN_BY]->(citedAuthor:Person)",
					"author: citedAuthor {.id, .name}");
	}

	@Test
	void sourcesThatShowOnlyTheirTitleReadOnlyTheirIdAndTitle() {
		assertThat(Citations.of("e", false, false, false)).contains("source: citedSource {.id, .title}")
			.doesNotContain(".*");
		// In the same order as when every property is read.
		assertThat(Citations.of("e", false, false, false))
			.contains("ORDER BY citedSource.publishedEarliest, knownSince, citedSource.id, reportedIn.position");
		assertThat(Citations.of("e", false, true, false))
			.contains("source: citedSource {.id, .title, author: citedAuthor {.id, .name}}");
	}

	@Test
	void withoutASelectionEverythingIsRead() {
		assertThat(Citations.of("figure")).isEqualTo(Citations.of("figure", true, true))
			.isEqualTo(Citations.of("figure", true, true, true))
			.contains("source: citedSource {.*, author: citedAuthor {.id, .name}}");
	}

}
