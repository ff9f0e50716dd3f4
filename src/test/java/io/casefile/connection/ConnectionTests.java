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

	@Test
	void theArticleIsConnectedToAFactOnlyThroughItsCitationsWhenAskedTo() {
		this.graphQl.documentName("connection")
			.variable("from", "bavto-2026-02-04-amazon-layoffs-ai-capex")
			.variable("to", "amazon-layoffs-2026-01")
			.execute()
			.path("connections")
			.entityList(Object.class)
			.hasSize(0);
		var answer = this.graphQl.document("""
				{ connections(from: "bavto-2026-02-04-amazon-layoffs-ai-capex", to: "amazon-layoffs-2026-01",
				    throughSources: true) { sentence } }""").execute();
		answer.errors().verify();
		answer.path("connections[0].sentence")
			.entity(String.class)
			.isEqualTo("The company blames bureaucracy. The balance sheet tells a different story. reports "
					+ "Amazon announces another 16,000 corporate job cuts");
	}

	@Test
	void aHeavilyCitedSourcesNeighboursComeAPageAtATime() {
		String query = """
				query($after: String) { neighbours(id: "bavto-2026-02-04-amazon-layoffs-ai-capex", first: 10, after: $after) {
				  edges { node { id type name } relation } pageInfo { hasNextPage endCursor } } }""";
		var first = this.graphQl.document(query).execute();
		first.errors().verify();
		first.path("neighbours.edges").entityList(Object.class).hasSize(10);
		first.path("neighbours.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		first.path("neighbours.edges[0].relation").entity(String.class).isEqualTo("reports");
		java.util.List<String> seen = new java.util.ArrayList<>(
				first.path("neighbours.edges[*].node.id").entityList(String.class).get());
		String cursor = first.path("neighbours.pageInfo.endCursor").entity(String.class).get();
		while (cursor != null) {
			var next = this.graphQl.document(query).variable("after", cursor).execute();
			seen.addAll(next.path("neighbours.edges[*].node.id").entityList(String.class).get());
			cursor = next.path("neighbours.pageInfo.hasNextPage").entity(Boolean.class).get()
					? next.path("neighbours.pageInfo.endCursor").entity(String.class).get() : null;
		}
		// The seed's 39 facts cite the article, and Mike Bavto wrote it: 40 neighbours,
		// each once.
		org.assertj.core.api.Assertions.assertThat(seen)
			.contains("mike-bavto", "amazon-layoffs-2026-01", "project-rainier")
			.hasSize(40)
			.doesNotHaveDuplicates();
	}

}
