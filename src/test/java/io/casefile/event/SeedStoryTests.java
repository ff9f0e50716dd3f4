package io.casefile.event;

import java.util.List;

import io.casefile.CasefileTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Questions 2, 4, 5, 6 and 7 of the seed story, answered from the shipped data.
 */
@CasefileTest
class SeedStoryTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void amazonsTimelineFrom2017To2026IsInDateOrderWithThePrecisionOfEachDate() {
		var answer = this.graphQl.documentName("amazonTimeline")
			.variable("from", "2017-01-01")
			.variable("to", "2026-12-31")
			.execute();
		answer.errors().verify();
		answer.path("organization.timeline.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("amazon-headcount-2017-2022", "amazon-capex-2024", "amazon-capex-guidance-2025",
					"amazon-debt-2025", "amazon-statement-2025-06-ai-memo", "amazon-results-q3-2025",
					"amazon-statement-2025-10-earnings-call", "amazon-layoffs-2025-10", "amazon-capex-guidance-2026",
					"amazon-layoffs-2026-01", "amazon-layoff-savings-estimate");
		answer.path("organization.timeline.edges[*].node.date.precision")
			.entityList(String.class)
			.containsExactly("YEAR_SPAN", "YEAR", "YEAR", "YEAR", "MONTH", "QUARTER", "MONTH", "PART_OF_MONTH", "YEAR",
					"PART_OF_MONTH", "DAY");
	}

	@Test
	void eventsNoSourceDatesComeLastOnTheWholeTimelineAndSayTheirDateIsUnknown() {
		var answer = this.graphQl.documentName("amazonTimeline").execute();
		answer.errors().verify();
		List<String> precisions = answer.path("organization.timeline.edges[*].node.date.precision")
			.entityList(String.class)
			.get();
		int firstUnknown = precisions.indexOf("UNKNOWN");
		assertThat(firstUnknown).isPositive();
		assertThat(precisions.subList(firstUnknown, precisions.size())).containsOnly("UNKNOWN");
		answer.path("organization.timeline.edges[%d].node.date.text".formatted(firstUnknown)).valueIsNull();
	}

	@Test
	void pagesFollowEachOtherWithoutGapOrRepeat() {
		List<String> whole = this.graphQl.documentName("amazonTimeline")
			.execute()
			.path("organization.timeline.edges[*].node.id")
			.entityList(String.class)
			.get();
		var first = this.graphQl.documentName("amazonTimeline").variable("first", 5).execute();
		first.path("organization.timeline.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String cursor = first.path("organization.timeline.pageInfo.endCursor").entity(String.class).get();
		List<String> firstPage = first.path("organization.timeline.edges[*].node.id").entityList(String.class).get();
		List<String> rest = this.graphQl.documentName("amazonTimeline")
			.variable("after", cursor)
			.execute()
			.path("organization.timeline.edges[*].node.id")
			.entityList(String.class)
			.get();
		assertThat(firstPage).hasSize(5);
		assertThat(firstPage).containsExactlyElementsOf(whole.subList(0, 5));
		assertThat(rest).containsExactlyElementsOf(whole.subList(5, whole.size()));
	}

	@Test
	void amazonsCapexMovedFrom83BillionIn2024To125BillionGuidedFor2025AndHigherFor2026() {
		var answer = this.graphQl.documentName("amazonTimeline")
			.variable("kinds", List.of("CAPEX"))
			.variable("from", "2024-01-01")
			.variable("to", "2026-12-31")
			.execute();
		answer.errors().verify();
		answer.path("organization.timeline.edges[*].node.fiscalYear")
			.entityList(Integer.class)
			.containsExactly(2024, 2025, 2026);
		answer.path("organization.timeline.edges[*].node.basis")
			.entityList(String.class)
			.containsExactly("ACTUAL", "GUIDANCE", "GUIDANCE");
		answer.path("organization.timeline.edges[0].node.amount.value").entity(Double.class).isEqualTo(83e9);
		answer.path("organization.timeline.edges[1].node.amount.value").entity(Double.class).isEqualTo(125e9);
		answer.path("organization.timeline.edges[2].node.amount").valueIsNull();
		answer.path("organization.timeline.edges[2].node.direction").entity(String.class).isEqualTo("UP");
		answer.path("organization.timeline.edges[2].node.citations[0].excerpt")
			.entity(String.class)
			.isEqualTo("Management told investors to expect even higher spending in 2026.");
	}

	@Test
	void goldmanSachsProjectsTheFiveHyperscalersSpend115TrillionIn2025To2027() {
		var answer = this.graphQl.documentName("analystProjections").execute();
		answer.errors().verify();
		answer.path("organization.kind").entity(String.class).isEqualTo("FINANCIAL_INSTITUTION");
		answer.path("organization.timeline.edges[0].node.analyst.name").entity(String.class).isEqualTo("Goldman Sachs");
		answer.path("organization.timeline.edges[0].node.organizations[*].name")
			.entityList(String.class)
			.containsExactly("Amazon", "Google", "Meta", "Microsoft", "Oracle");
		answer.path("organization.timeline.edges[0].node.covering.earliest")
			.entity(String.class)
			.isEqualTo("2025-01-01");
		answer.path("organization.timeline.edges[0].node.covering.latest").entity(String.class).isEqualTo("2027-12-31");
		answer.path("organization.timeline.edges[0].node.amount.value").entity(Double.class).isEqualTo(1.15e12);
		answer.path("organization.timeline.edges[0].node.amount.text").entity(String.class).isEqualTo("$1.15 trillion");
		answer.path("organization.timeline.edges[0].node.citations[0].excerpt")
			.entity(String.class)
			.satisfies((excerpt) -> assertThat(excerpt).startsWith("Goldman Sachs projects the top hyperscalers"));
	}

	@Test
	void amazonCut30000CorporateJobsIn2025And2026WhichTheArticleEstimatesSaveAbout6BillionAYear() {
		List<Integer> headcounts = this.graphQl.documentName("amazonTimeline")
			.variable("kinds", List.of("LAYOFF_WAVE"))
			.variable("from", "2025-01-01")
			.variable("to", "2026-12-31")
			.execute()
			.path("organization.timeline.edges[*].node.headcount")
			.entityList(Integer.class)
			.get();
		assertThat(headcounts).containsExactly(14000, 16000);
		assertThat(headcounts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(30000);

		var estimate = this.graphQl.documentName("layoffSavingsEstimate").execute();
		estimate.errors().verify();
		estimate.path("event.result.value").entity(Double.class).isEqualTo(6e9);
		estimate.path("event.result.approximate").entity(Boolean.class).isEqualTo(true);
		estimate.path("event.inputs[*].value").entityList(Double.class).contains(30000.0, 200000.0);
		estimate.path("event.basedOn[*].headcount").entityList(Integer.class).containsExactly(14000, 16000);
		estimate.path("event.date.earliest").entity(String.class).isEqualTo("2026-02-04");
		estimate.path("event.result.citations[0].excerpt")
			.entity(String.class)
			.isEqualTo("At an estimated $200,000 per employee, 30,000 cuts translate to roughly $6 billion in "
					+ "annual cost reduction.");
	}

	@Test
	void theArticleByMikeBavtoPublishedOn4February2026Supports16000InTheseWords() {
		var answer = this.graphQl
			.document(
					"""
							{ event(id: "amazon-layoffs-2026-01") {
							    ... on LayoffWave { headcount }
							    citations { excerpt source { id title publisher url author { name } publishedOn { text precision earliest } } }
							} }
							""")
			.execute();
		answer.errors().verify();
		answer.path("event.headcount").entity(Integer.class).isEqualTo(16000);
		answer.path("event.citations[0].excerpt")
			.entity(String.class)
			.satisfies((excerpt) -> assertThat(excerpt).contains("another 16,000 announced in late January 2026"));
		answer.path("event.citations[0].source.author.name").entity(String.class).isEqualTo("Mike Bavto");
		answer.path("event.citations[0].source.publishedOn.text").entity(String.class).isEqualTo("Feb 04, 2026");
		answer.path("event.citations[0].source.publishedOn.precision").entity(String.class).isEqualTo("DAY");
		// The article names no publisher and no address: the API says so rather than
		// inventing them.
		answer.path("event.citations[0].source.publisher").valueIsNull();
		answer.path("event.citations[0].source.url").valueIsNull();
	}

}
