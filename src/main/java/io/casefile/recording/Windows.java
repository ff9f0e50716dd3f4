package io.casefile.recording;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Spans of days, merged where they overlap or touch: the windows within which known waves
 * may be the incoming ones, read once however many rows a file has.
 */
final class Windows {

	private Windows() {
	}

	/** Days from one to another, both included. */
	record Span(LocalDate from, LocalDate to) {

		/**
		 * The span as the candidates statement reads it ({@code w.from}, {@code w.to}).
		 */
		Map<String, Object> parameter() {
			return Map.of("from", this.from, "to", this.to);
		}

	}

	/** The spans merged into the fewest that cover the same days, in order. */
	static List<Span> merge(List<Span> spans) {
		List<Span> sorted = new ArrayList<>(spans);
		sorted.sort(Comparator.comparing(Span::from));
		List<Span> merged = new ArrayList<>();
		Span current = null;
		for (Span span : sorted) {
			if (current != null && !span.from().isAfter(current.to().plusDays(1))) {
				if (span.to().isAfter(current.to())) {
					current = new Span(current.from(), span.to());
				}
				continue;
			}
			if (current != null) {
				merged.add(current);
			}
			current = span;
		}
		if (current != null) {
			merged.add(current);
		}
		return merged;
	}

}
