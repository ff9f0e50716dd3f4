package io.casefile.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.casefile.event.Event;
import io.casefile.source.Citation;
import org.jspecify.annotations.Nullable;

/**
 * An event that matched a search, the text that matched and where the words are in it.
 */
record SearchHit(Event event, double score, MatchedIn matchedIn, String text, String highlighted,
		List<TextRange> matches, @Nullable Citation citation) {

	/** Where a hit matched. */
	enum MatchedIn {

		TITLE, SUMMARY, QUOTE, EXCERPT

	}

	/** A range of characters in a text. */
	record TextRange(int start, int end) {
	}

	// A word, or a number with its thousands separators and decimals ("16,000", "4.8").
	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[.,]\\p{N}+)*");

	/** The words of a search, lower case. */
	static List<String> words(String search) {
		List<String> words = new ArrayList<>();
		Matcher m = WORD.matcher(search.toLowerCase(Locale.ROOT));
		while (m.find()) {
			words.add(m.group());
		}
		return words;
	}

	/** Where the searched words stand in the text. */
	static List<TextRange> ranges(String text, List<String> words) {
		List<TextRange> ranges = new ArrayList<>();
		Matcher m = WORD.matcher(text);
		while (m.find()) {
			String word = m.group().toLowerCase(Locale.ROOT);
			if (words.contains(word)) {
				ranges.add(new TextRange(m.start(), m.end()));
			}
		}
		return ranges;
	}

	static String highlight(String text, List<TextRange> ranges) {
		StringBuilder out = new StringBuilder();
		int at = 0;
		for (TextRange range : ranges) {
			out.append(text, at, range.start()).append("**").append(text, range.start(), range.end()).append("**");
			at = range.end();
		}
		return out.append(text.substring(at)).toString();
	}

}
