package io.casefile.event;

import io.casefile.CasefileTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

@CasefileTest
class SmokeTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void timeline() {
		String body = this.graphQl.document("""
				{ organization(name: "amazon.com") { id name aliases roles { title person { name } citations { excerpt } }
				  projects { name citations { excerpt source { title author { name } publishedOn { text } } } }
				  timeline(first: 30) { edges { cursor node { __typename id title date { text precision part earliest latest }
				    citations { excerpt source { id } }
				    ... on FinancialResult { figures { metric value citations { excerpt } } }
				    ... on Statement { speaker { __typename ... on Person { name } ... on Organization { name } } quote }
				    ... on Estimate { basedOn { id } result { value } }
				  } } pageInfo { hasNextPage endCursor } } }
				  eventsAfterFinancialThreshold(organization: "Amazon", kind: LAYOFF_WAVE, metric: FREE_CASH_FLOW, below: 0) {
				    anchorPeriod { period } anchorDate { text earliest } totalCount totalHeadcount
				    events { edges { certainty node { id date { text } ... on LayoffWave { headcount } } } }
				  }
				  connections(from: "andy-jassy", to: "project-rainier") { sentence }
				}
				""").execute().returnResponse().toString();
		System.out.println(body);
	}

}
