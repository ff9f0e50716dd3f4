package io.casefile.organization;

import io.casefile.CasefileTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Organizations are found by any of their names, and show their people and projects.
 */
@CasefileTest
class OrganizationLookupTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void amazonIsFoundByAnyOfItsNamesWhateverTheCase() {
		for (String name : new String[] { "Amazon", "amazon.com", "  AMAZON.COM ", "Amazon.com, Inc." }) {
			this.graphQl.documentName("organizationByName")
				.variable("name", name)
				.execute()
				.path("organization.id")
				.entity(String.class)
				.isEqualTo("amazon");
		}
		this.graphQl.documentName("organizationByName")
			.variable("name", "Alphabet")
			.execute()
			.path("organization.name")
			.entity(String.class)
			.isEqualTo("Google");
	}

	@Test
	void amazonsPeopleAndProjectsComeWithTheirTitlesAndCitations() {
		var answer = this.graphQl.documentName("organizationByName").variable("name", "Amazon").execute();
		answer.errors().verify();
		answer.path("organization.roles[*].person.name")
			.entityList(String.class)
			.contains("Andy Jassy", "Beth Galetti")
			.hasSize(2);
		answer.path("organization.projects[0].name").entity(String.class).isEqualTo("Project Rainier");
		answer.path("organization.projects[0].chips").entity(String.class).isEqualTo("500000");
		answer.path("organization.projects[0].chipModel").entity(String.class).isEqualTo("Trainium 2");
		answer.path("organization.projects[0].builders[0].name").entity(String.class).isEqualTo("Amazon");
	}

	@Test
	void organizationsArePagedByName() {
		var answer = this.graphQl
			.document("{ organizations(first: 3) { edges { node { name } } pageInfo { hasNextPage endCursor } } }")
			.execute();
		answer.path("organizations.edges[*].node.name")
			.entityList(String.class)
			.containsExactly("Amazon", "Bank of America", "Goldman Sachs");
		String cursor = answer.path("organizations.pageInfo.endCursor").entity(String.class).get();
		this.graphQl
			.document("query($after: String) { organizations(first: 3, after: $after) { edges { node { name } } } }")
			.variable("after", cursor)
			.execute()
			.path("organizations.edges[*].node.name")
			.entityList(String.class)
			.containsExactly("Google", "Meta", "Microsoft");
	}

}
