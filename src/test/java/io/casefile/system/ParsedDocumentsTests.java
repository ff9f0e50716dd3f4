package io.casefile.system;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A document is parsed and validated once per text and locale, and the cache stays
 * bounded.
 */
class ParsedDocumentsTests {

	private final AtomicInteger parsed = new AtomicInteger();

	private final Function<ExecutionInput, PreparsedDocumentEntry> parse = (input) -> {
		this.parsed.incrementAndGet();
		return new PreparsedDocumentEntry(Parser.parse(input.getQuery()));
	};

	private final ParsedDocuments documents = new ParsedDocuments();

	@Test
	void theSameDocumentWithOtherVariablesIsParsedOnce() {
		String timeline = "query($id: ID) { organization(id: $id) { timeline(first: 20) { edges { node { id } } } } }";
		PreparsedDocumentEntry first = get(timeline, Locale.ENGLISH, "amazon");
		PreparsedDocumentEntry second = get(timeline, Locale.ENGLISH, "microsoft");
		assertThat(this.parsed).hasValue(1);
		assertThat(second).isSameAs(first);
	}

	@Test
	void validationErrorsInAnotherLanguageAreParsedAgain() {
		String document = "{ organization(id: \"amazon\") { name } }";
		get(document, Locale.ENGLISH, null);
		get(document, Locale.GERMAN, null);
		get(document, Locale.GERMAN, null);
		assertThat(this.parsed).hasValue(2);
	}

	@Test
	void aVeryLongDocumentIsNotKept() {
		String longDocument = "{ organization(id: \"" + "a".repeat(ParsedDocuments.LONGEST) + "\") { name } }";
		get(longDocument, Locale.ENGLISH, null);
		get(longDocument, Locale.ENGLISH, null);
		assertThat(this.parsed).hasValue(2);
	}

	@Test
	void theLeastRecentlyUsedDocumentMakesRoom() {
		String kept = "{ organization(id: \"kept\") { name } }";
		get(kept, Locale.ENGLISH, null);
		for (int i = 0; i < ParsedDocuments.DOCUMENTS; i++) {
			get("{ organization(id: \"org-" + i + "\") { name } }", Locale.ENGLISH, null);
			if (i % 100 == 0) {
				// Used again now and then: stays.
				get(kept, Locale.ENGLISH, null);
			}
		}
		get("{ organization(id: \"org-0\") { name } }", Locale.ENGLISH, null);
		get(kept, Locale.ENGLISH, null);
		// Every document once, and org-0 again: it was the eldest when the cache was
		// full.
		assertThat(this.parsed).hasValue(1 + ParsedDocuments.DOCUMENTS + 1);
	}

	private PreparsedDocumentEntry get(String document, Locale locale, String id) {
		ExecutionInput input = ExecutionInput.newExecutionInput(document)
			.locale(locale)
			.variables((id != null) ? java.util.Map.of("id", id) : java.util.Map.of())
			.build();
		return this.documents.getDocumentAsync(input, this.parse).join();
	}

}
