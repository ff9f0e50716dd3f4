package io.casefile.event;

import io.casefile.CasefileTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Question 1 of the seed story: which layoff waves did Amazon announce after its
 * quarterly free cash flow first went negative?
 */
@CasefileTest
class LayoffsAfterFreeCashFlowTests {

	private static final String ARTICLE_TITLE = "The company blames bureaucracy. The balance sheet tells a different story.";

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void bothWavesComeCertainlyAfterTheQuarterInWhichFreeCashFlowTurnedNegative() {
		var answer = this.graphQl.documentName("layoffsAfterFreeCashFlowTurnedNegative").execute();
		answer.errors().verify();
		answer.path("eventsAfterFinancialThreshold.anchorPeriod.period").entity(String.class).isEqualTo("Q3 2025");
		answer.path("eventsAfterFinancialThreshold.anchorFigure.value").entity(Double.class).isEqualTo(-4.8e9);
		answer.path("eventsAfterFinancialThreshold.anchorFigure.citations[0].excerpt")
			.entity(String.class)
			.satisfies((excerpt) -> assertThat(excerpt).contains("turned negative in Q3 2025"));
		answer.path("eventsAfterFinancialThreshold.anchorDate.latest").entity(String.class).isEqualTo("2025-09-30");
		answer.path("eventsAfterFinancialThreshold.events.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("amazon-layoffs-2025-10", "amazon-layoffs-2026-01");
		answer.path("eventsAfterFinancialThreshold.events.edges[*].node.headcount")
			.entityList(Integer.class)
			.containsExactly(14000, 16000);
		answer.path("eventsAfterFinancialThreshold.events.edges[*].certainty")
			.entityList(String.class)
			.containsExactly("CERTAIN", "CERTAIN");
		answer.path("eventsAfterFinancialThreshold.totalHeadcount").entity(Integer.class).isEqualTo(30000);
		answer.path("eventsAfterFinancialThreshold.totalCount").entity(Integer.class).isEqualTo(2);
	}

	@Test
	void eachWaveKeepsTheSourcesWordingAndPrecisionOfItsDate() {
		var answer = this.graphQl.documentName("layoffsAfterFreeCashFlowTurnedNegative").execute();
		answer.path("eventsAfterFinancialThreshold.events.edges[0].node.date.text")
			.entity(String.class)
			.isEqualTo("late October 2025");
		answer.path("eventsAfterFinancialThreshold.events.edges[0].node.date.precision")
			.entity(String.class)
			.isEqualTo("PART_OF_MONTH");
		answer.path("eventsAfterFinancialThreshold.events.edges[0].node.date.earliest")
			.entity(String.class)
			.isEqualTo("2025-10-21");
		answer.path("eventsAfterFinancialThreshold.events.edges[0].node.date.latest")
			.entity(String.class)
			.isEqualTo("2025-10-31");
		answer.path("eventsAfterFinancialThreshold.events.edges[1].node.date.earliest")
			.entity(String.class)
			.isEqualTo("2026-01-21");
		answer.path("eventsAfterFinancialThreshold.events.edges[1].node.carriedOutUntil.latest")
			.entity(String.class)
			.isEqualTo("2026-05-31");
	}

	@Test
	void eachWaveIsCitedToTheArticleByMikeBavtoWithTheSentenceThatSaysIt() {
		var answer = this.graphQl.documentName("layoffsAfterFreeCashFlowTurnedNegative").execute();
		answer.path("eventsAfterFinancialThreshold.events.edges[1].node.citations[0].excerpt")
			.entity(String.class)
			.isEqualTo("The cuts came in two waves: 14,000 in late October 2025, followed by another 16,000 "
					+ "announced in late January 2026.");
		answer.path("eventsAfterFinancialThreshold.events.edges[1].node.citations[0].source.title")
			.entity(String.class)
			.isEqualTo(ARTICLE_TITLE);
		answer.path("eventsAfterFinancialThreshold.events.edges[1].node.citations[0].source.author.name")
			.entity(String.class)
			.isEqualTo("Mike Bavto");
		answer.path("eventsAfterFinancialThreshold.events.edges[1].node.citations[0].source.publishedOn.earliest")
			.entity(String.class)
			.isEqualTo("2026-02-04");
	}

	@Test
	void measuredFromAReportDayNoSourceGivesTheOrderIsOnlyPossible() {
		var answer = this.graphQl.documentName("layoffsAfterFreeCashFlowTurnedNegative")
			.variable("anchor", "REPORTED")
			.execute();
		answer.errors().verify();
		answer.path("eventsAfterFinancialThreshold.anchorDate.precision").entity(String.class).isEqualTo("UNKNOWN");
		answer.path("eventsAfterFinancialThreshold.events.edges[*].certainty")
			.entityList(String.class)
			.containsExactly("POSSIBLE", "POSSIBLE");
	}

	@Test
	void askingForCertainOrderOnlyLeavesOutWhatIsOnlyPossible() {
		this.graphQl.document("""
				{ eventsAfterFinancialThreshold(organization: "amazon", kind: LAYOFF_WAVE, metric: FREE_CASH_FLOW,
				    below: 0, anchor: REPORTED, certainOnly: true) { totalCount events { edges { node { id } } } } }
				""").execute().path("eventsAfterFinancialThreshold.totalCount").entity(Integer.class).isEqualTo(0);
	}

	@Test
	void noPeriodCrossingTheValueMeansNoAnchorAndNoEvents() {
		var answer = this.graphQl.document("""
				{ eventsAfterFinancialThreshold(organization: "Amazon", kind: LAYOFF_WAVE, metric: REVENUE,
				    below: 0) { anchorPeriod { id } totalCount totalHeadcount events { edges { node { id } } } } }
				""").execute();
		answer.errors().verify();
		answer.path("eventsAfterFinancialThreshold.anchorPeriod").valueIsNull();
		answer.path("eventsAfterFinancialThreshold.totalCount").entity(Integer.class).isEqualTo(0);
	}

}
