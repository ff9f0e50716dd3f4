package io.casefile.search;

import java.util.List;

import io.casefile.CasefileTest;
import io.casefile.TestDatasets;
import io.casefile.dataset.DatasetImport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Full-text search finds events by their words and by the words of the sources that cite
 * them, each hit highlighted and cited.
 */
@CasefileTest
class SearchTests {

	private static final String SEARCH = """
			query($text: String!, $first: Int, $after: String) {
			  search(text: $text, first: $first, after: $after) {
			    edges { cursor node { event { id } score matchedIn text highlighted matches { start end }
			      citation { excerpt source { author { name } } } } }
			    pageInfo { hasNextPage endCursor }
			  }
			}""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	DatasetImport datasetImport;

	@Autowired
	JsonMapper json;

	@Test
	void fewerPeopleFindsJassysMemoHighlightedAndCited() {
		var answer = this.graphQl.document(SEARCH).variable("text", "fewer people").execute();
		answer.errors().verify();
		answer.path("search.edges[0].node.event.id").entity(String.class).isEqualTo("amazon-statement-2025-06-ai-memo");
		answer.path("search.edges[0].node.highlighted")
			.entity(String.class)
			.satisfies((text) -> assertThat(text).contains("**fewer** **people**"));
		answer.path("search.edges[0].node.citation.source.author.name").entity(String.class).isEqualTo("Mike Bavto");
	}

	@Test
	void wordsOnlyInASummaryAreShownThereThoughOnlyTheEventsIdIsAsked() {
		// A word no title and no excerpt holds: the hit can only be in the summary. The
		// event is read as a list shows it (no summary); the summary is read apart.
		TestDatasets.write(this.datasetImport, this.json, "quillwort-mill");
		var answer = this.graphQl.document(SEARCH).variable("text", "quillworts").execute();
		answer.errors().verify();
		answer.path("search.edges[*].node.event.id").entityList(String.class).containsExactly("tindra-mill-cuts-2018");
		answer.path("search.edges[0].node.matchedIn").entity(String.class).isEqualTo("SUMMARY");
		answer.path("search.edges[0].node.highlighted")
			.entity(String.class)
			.satisfies((text) -> assertThat(text).contains("stopped pulping **quillworts** from the lake"));
	}

	@Test
	void aNumberFindsTheWaveAndTheSentenceThatSaysIt() {
		var answer = this.graphQl.document(SEARCH).variable("text", "16,000").execute();
		answer.errors().verify();
		List<String> events = answer.path("search.edges[*].node.event.id").entityList(String.class).get();
		assertThat(events).contains("amazon-layoffs-2026-01");
		answer.path("search.edges[*].node.text")
			.entityList(String.class)
			.satisfies((texts) -> assertThat(texts).anySatisfy((t) -> assertThat(t).contains("16,000")));
	}

	@Test
	void wordsOnlyInACitingExcerptFindTheEventThroughIt() {
		var answer = this.graphQl.document(SEARCH).variable("text", "Trainium GPUs").execute();
		answer.errors().verify();
		answer.path("search.edges[0].node.event.id").entity(String.class).isEqualTo("amazon-capex-guidance-2025");
		answer.path("search.edges[0].node.matchedIn").entity(String.class).isEqualTo("EXCERPT");
		answer.path("search.edges[0].node.citation.excerpt")
			.entity(String.class)
			.satisfies((excerpt) -> assertThat(excerpt).contains("custom Trainium chips"));
		// The excerpt's source, with its author.
		answer.path("search.edges[0].node.citation.source.author.name").entity(String.class).isEqualTo("Mike Bavto");
	}

	@Test
	void wordsOnlyInAFiguresExcerptFindTheResultThatReportsIt() {
		var answer = this.graphQl.document(SEARCH).variable("text", "margin collapsed").execute();
		answer.errors().verify();
		// Two of the result's figures cite the sentence: one hit for the result.
		answer.path("search.edges[*].node.event.id")
			.entityList(String.class)
			.containsExactly("amazon-results-trailing-12-months");
		answer.path("search.edges[0].node.matchedIn").entity(String.class).isEqualTo("EXCERPT");
		answer.path("search.edges[0].node.citation.excerpt")
			.entity(String.class)
			.isEqualTo("FCF margin collapsed from 8.7% a year ago to just 2.7%.");
	}

	@Test
	void hitsArePagedWithoutRepeats() {
		List<String> all = this.graphQl.document(SEARCH)
			.variable("text", "Amazon layoffs cuts")
			.variable("first", 100)
			.execute()
			.path("search.edges[*].node.event.id")
			.entityList(String.class)
			.get();
		assertThat(all).hasSizeGreaterThan(3).doesNotHaveDuplicates();
		var first = this.graphQl.document(SEARCH)
			.variable("text", "Amazon layoffs cuts")
			.variable("first", 2)
			.execute();
		String cursor = first.path("search.pageInfo.endCursor").entity(String.class).get();
		List<String> rest = this.graphQl.document(SEARCH)
			.variable("text", "Amazon layoffs cuts")
			.variable("first", 100)
			.variable("after", cursor)
			.execute()
			.path("search.edges[*].node.event.id")
			.entityList(String.class)
			.get();
		assertThat(rest).containsExactlyElementsOf(all.subList(2, all.size()));
	}

	@Test
	void asOfADayBeforeTheArticleNothingOfItIsFound() {
		String known = "query ($asOf: Date) { search(text: \"fewer people\", asOf: $asOf) { edges { node { event { id } } } } }";
		this.graphQl.document(known)
			.variable("asOf", "2025-11-01")
			.execute()
			.path("search.edges")
			.entityList(Object.class)
			.hasSize(0);
		this.graphQl.document(known)
			.variable("asOf", "2026-02-04")
			.execute()
			.path("search.edges[0].node.event.id")
			.entity(String.class)
			.isEqualTo("amazon-statement-2025-06-ai-memo");
	}

	@Test
	void aWordThatNineSourcesQuoteForOneEventStillFindsTheOtherEventOnTheNextPage() {
		TestDatasets.write(this.datasetImport, this.json, "zanzibarite-yards");
		// Nine short excerpts cite Skarvik's closure for the word; one long excerpt cites
		// Vestby's and scores lower. A page of one first ranks the best few hits of each
		// index: all Skarvik's, which cannot say whether another event follows.
		var whole = this.graphQl.document(SEARCH).variable("text", "zanzibarite").execute();
		whole.errors().verify();
		whole.path("search.edges[*].node.event.id")
			.entityList(String.class)
			.containsExactly("skarvik-yard-closure-2019", "vestby-yard-closure-2019");
		whole.path("search.edges[*].node.matchedIn").entityList(String.class).containsExactly("EXCERPT", "EXCERPT");

		var first = this.graphQl.document(SEARCH).variable("text", "zanzibarite").variable("first", 1).execute();
		first.path("search.edges[*].node.event.id")
			.entityList(String.class)
			.containsExactly("skarvik-yard-closure-2019");
		first.path("search.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String cursor = first.path("search.pageInfo.endCursor").entity(String.class).get();
		var next = this.graphQl.document(SEARCH)
			.variable("text", "zanzibarite")
			.variable("first", 1)
			.variable("after", cursor)
			.execute();
		next.path("search.edges[*].node.event.id").entityList(String.class).containsExactly("vestby-yard-closure-2019");
		next.path("search.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void operatorsAreReadAsTextNotAsLuceneSyntax() {
		this.graphQl.document(SEARCH).variable("text", "AI-driven) AND (\"not").execute().errors().verify();
	}

}
