package io.casefile.person;

import io.casefile.CasefileTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Question 3 of the seed story: what Andy Jassy said about AI and jobs, in order, and
 * where he said it.
 */
@CasefileTest
class WhatJassySaidTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void jassyWarnedOfFewerPeopleInJuneAndSaidNotAiDrivenOnTheOctoberEarningsCall() {
		var answer = this.graphQl.documentName("whatAPersonSaid")
			.variable("name", "andy jassy")
			.variable("topic", "AI and jobs")
			.execute();
		answer.errors().verify();
		answer.path("person.statements.edges[*].node.quote")
			.entityList(String.class)
			.containsExactly("fewer people doing some of the jobs being done today.",
					"Not AI-driven. Not right now, at least.");
		answer.path("person.statements.edges[*].node.venue")
			.entityList(String.class)
			.containsExactly("company-wide memo to employees", "earnings call");
		answer.path("person.statements.edges[*].node.date.text")
			.entityList(String.class)
			.containsExactly("June 2025", "October 2025");
		answer.path("person.statements.edges[1].node.citations[0].excerpt")
			.entity(String.class)
			.isEqualTo(
					"By October, on the earnings call, the message changed: \"Not AI-driven. Not right now, at least.\"");
		answer.path("person.statements.edges[1].node.citations[0].source.author.name")
			.entity(String.class)
			.isEqualTo("Mike Bavto");
	}

	@Test
	void everythingJassySaidListsTheUndatedStatementLastAndHisRoleIsCited() {
		var answer = this.graphQl.documentName("whatAPersonSaid").variable("name", "Andy Jassy").execute();
		answer.errors().verify();
		answer.path("person.statements.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("amazon-statement-2025-06-ai-memo", "amazon-statement-2025-10-earnings-call",
					"amazon-statement-layoff-rationale");
		answer.path("person.statements.edges[2].node.date.precision").entity(String.class).isEqualTo("UNKNOWN");
		answer.path("person.roles[0].title").entity(String.class).isEqualTo("CEO");
		answer.path("person.roles[0].organization.name").entity(String.class).isEqualTo("Amazon");
		answer.path("person.roles[0].from.precision").entity(String.class).isEqualTo("UNKNOWN");
		answer.path("person.roles[0].citations[0].excerpt")
			.entity(String.class)
			.isEqualTo("CEO Andy Jassy attributed the reductions to organizational bloat, citing too many "
					+ "management layers and a need to return to \"startup\" culture.");
	}

}
