package io.casefile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code graphql} block of the README answers without errors on the shipped data,
 * and together they show both Amazon waves cited to the article by Mike Bavto.
 */
@CasefileTest
public class ReadmeExamplesTests {

	private static final Pattern GRAPHQL_BLOCK = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL);

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void everyExampleOfTheReadmeAnswersWithoutErrors() throws IOException {
		List<String> examples = examples();
		assertThat(examples).hasSizeGreaterThanOrEqualTo(3);
		StringBuilder answers = new StringBuilder();
		for (String example : examples) {
			var response = this.graphQl.document(example).execute();
			response.errors().verify();
			answers.append(String.valueOf((Object) response.returnResponse().getData()));
		}
		assertThat(answers).contains("headcount=14000")
			.contains("headcount=16000")
			.contains("name=Mike Bavto")
			.contains("totalHeadcount=30000");
	}

	@Test
	void theFirstExampleIsLayoffsAfterFreeCashFlowWentNegativeWithCitations() throws IOException {
		String first = examples().getFirst();
		assertThat(first).contains("eventsAfterFinancialThreshold").contains("FREE_CASH_FLOW").contains("citations");
	}

	/**
	 * The README's GraphQL examples, in order (the footprint benchmark sends them too).
	 */
	public static List<String> examples() throws IOException {
		Matcher blocks = GRAPHQL_BLOCK.matcher(Files.readString(Path.of("README.md")));
		List<String> examples = new ArrayList<>();
		while (blocks.find()) {
			examples.add(blocks.group(1));
		}
		return examples;
	}

}
