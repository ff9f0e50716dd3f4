package io.casefile.system;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import org.jspecify.annotations.Nullable;

/**
 * Parses and validates each request document once: a frontend or a newsroom script sends
 * the same few documents again and again with other variables, and parsing and validating
 * one cost a tenth of a request's CPU in the application. The most recently used
 * {@value #DOCUMENTS} documents are kept, each with its validation errors, by its text
 * and the locale its errors are written in. Documents longer than {@value #LONGEST}
 * characters are parsed every time, so that the cache stays small.
 * <p>
 * Only the document is kept: the depth and cost limits look at each request with its
 * variables, when its operation executes.
 */
final class ParsedDocuments implements PreparsedDocumentProvider {

	static final int DOCUMENTS = 500;

	static final int LONGEST = 20_000;

	private final Map<Key, PreparsedDocumentEntry> recent = new LinkedHashMap<>(DOCUMENTS, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, PreparsedDocumentEntry> eldest) {
			return size() > DOCUMENTS;
		}

	};

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		String text = input.getQuery();
		if (text.length() > LONGEST) {
			return CompletableFuture.completedFuture(parseAndValidate.apply(input));
		}
		Key key = new Key(text, input.getLocale());
		PreparsedDocumentEntry entry = find(key);
		if (entry == null) {
			entry = parseAndValidate.apply(input);
			synchronized (this.recent) {
				this.recent.put(key, entry);
			}
		}
		return CompletableFuture.completedFuture(entry);
	}

	private @Nullable PreparsedDocumentEntry find(Key key) {
		synchronized (this.recent) {
			return this.recent.get(key);
		}
	}

	private record Key(String text, @Nullable Locale locale) {
	}

}
