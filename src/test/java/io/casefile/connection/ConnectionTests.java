package io.casefile.connection;

import io.casefile.CasefileTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Question 8 of the seed story: how Andy Jassy is connected to Project Rainier.
 */
@CasefileTest
class ConnectionTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void andyJassyIsCeoOfAmazonWhichBuildsProjectRainier() {
		var answer = this.graphQl.documentName("connection")
			.variable("from", "andy-jassy")
			.variable("to", "project-rainier")
			.execute();
		answer.errors().verify();
		answer.path("connections[0].sentence")
			.entity(String.class)
			.isEqualTo("Andy Jassy is CEO of Amazon, which builds Project Rainier");
		answer.path("connections[0].steps[*].relation").entityList(String.class).containsExactly("is CEO of", "builds");
		answer.path("connections[0].steps[*].to.type")
			.entityList(String.class)
			.containsExactly("Organization", "Project");
	}

	@Test
	void pathsLongerThanAllowedAreNotFound() {
		this.graphQl.documentName("connection")
			.variable("from", "andy-jassy")
			.variable("to", "project-rainier")
			.variable("maxLength", 2)
			.execute()
			.path("connections")
			.entityList(Object.class)
			.hasSize(0);
	}

}
