package io.casefile.person;

import io.casefile.CasefileTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * A change of message shows: consecutive statements on one topic, side by side.
 */
@CasefileTest
class MessageChangesTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void jassyOnAiAndJobsInJuneThenOnTheOctoberEarningsCall() {
		var answer = this.graphQl.document("""
				{ person(name: "Andy Jassy") { messageChanges(topic: "ai and jobs") {
				    topic certainty
				    before { quote venue date { text } citations { excerpt } }
				    after { quote venue date { text } citations { excerpt } } } } }""").execute();
		answer.errors().verify();
		answer.path("person.messageChanges[*].topic").entityList(String.class).containsExactly("AI and jobs");
		answer.path("person.messageChanges[0].before.quote")
			.entity(String.class)
			.isEqualTo("fewer people doing some of the jobs being done today.");
		answer.path("person.messageChanges[0].before.venue")
			.entity(String.class)
			.isEqualTo("company-wide memo to employees");
		answer.path("person.messageChanges[0].after.quote")
			.entity(String.class)
			.isEqualTo("Not AI-driven. Not right now, at least.");
		answer.path("person.messageChanges[0].after.date.text").entity(String.class).isEqualTo("October 2025");
		answer.path("person.messageChanges[0].certainty").entity(String.class).isEqualTo("CERTAIN");
	}

	@Test
	void aTopicWithOneDatedStatementHasNoChange() {
		this.graphQl.document("{ person(id: \"andy-jassy\") { messageChanges(topic: \"layoffs\") { topic } } }")
			.execute()
			.path("person.messageChanges")
			.entityList(Object.class)
			.hasSize(0);
	}

}
