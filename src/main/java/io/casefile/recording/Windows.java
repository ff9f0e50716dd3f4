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

	/**
	 * The spans ({@code from}, {@code to}: days, both included) merged into the fewest
	 * that cover the same days, in order.
	 */
	static List<Map<String, Object>> merge(List<Map<String, Object>> spans) {
		List<Map<String, Object>> sorted = new ArrayList<>(spans);
		sorted.sort(Comparator.comparing((Map<String, Object> span) -> (LocalDate) span.get("from")));
		List<Map<String, Object>> merged = new ArrayList<>();
		LocalDate from = null;
		LocalDate to = null;
		for (Map<String, Object> span : sorted) {
			LocalDate spanFrom = (LocalDate) span.get("from");
			LocalDate spanTo = (LocalDate) span.get("to");
			if (from != null && !spanFrom.isAfter(to.plusDays(1))) {
				if (spanTo.isAfter(to)) {
					to = spanTo;
				}
				continue;
			}
			if (from != null) {
				merged.add(Map.of("from", from, "to", to));
			}
			from = spanFrom;
			to = spanTo;
		}
		if (from != null) {
			merged.add(Map.of("from", from, "to", to));
		}
		return merged;
	}

}
