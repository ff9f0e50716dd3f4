package io.casefile.event;

import io.casefile.CasefileTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * "What was known on 1 November 2025?" from the seed article alone: it was published on 4
 * February 2026, so on 1 November 2025 the graph knew neither of Amazon's waves, and on 4
 * February 2026 it knew both.
 */
@CasefileTest
class AsOfSeedTests {

	static final String WAVES = """
			query ($asOf: Date) {
			  organization(name: "Amazon") {
			    timeline(kinds: [LAYOFF_WAVE], asOf: $asOf) { edges { node { id citations { knownSince } } } }
			  }
			}""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void onTheFirstOfNovember2025TheArticleHadNotBeenPublished() {
		this.graphQl.document(WAVES)
			.variable("asOf", "2025-11-01")
			.execute()
			.path("organization.timeline.edges")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void onTheDayItWasPublishedBothWavesWereKnownFromIt() {
		this.graphQl.document(WAVES)
			.variable("asOf", "2026-02-04")
			.execute()
			.path("organization.timeline.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("amazon-layoffs-2025-10", "amazon-layoffs-2026-01")
			.path("organization.timeline.edges[0].node.citations[*].knownSince")
			.entityList(String.class)
			.containsExactly("2026-02-04", "2026-02-04", "2026-02-04");
	}

	@Test
	void anEventNoSourceHadReportedYetIsNotFoundAsOfThatDay() {
		this.graphQl.document("{ event(id: \"amazon-layoffs-2026-01\", asOf: \"2026-01-01\") { id } }")
			.execute()
			.errors()
			.expect((error) -> "NOT_FOUND".equals(error.getExtensions().get("code")))
			.verify();
	}

}
