package io.casefile.source;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Where a fact comes from: a source and the sentence in it that says the fact.
 */
public record Citation(Source source, String excerpt, @Nullable ZonedDateTime recordedAt) {

	/** Reads the list that {@link Citations#of(String)} collects. */
	@SuppressWarnings("unchecked")
	public static List<Citation> listFrom(@Nullable Object rows) {
		if (rows == null) {
			return List.of();
		}
		return ((List<Map<String, ?>>) rows).stream().map(Citation::fromRow).toList();
	}

	/**
	 * Reads one citation: its excerpt, its source (with author) and when it was recorded,
	 * if known.
	 */
	@SuppressWarnings("unchecked")
	public static Citation fromRow(Map<String, ?> row) {
		return new Citation(Source.fromRow((Map<String, ?>) row.get("source")), (String) row.get("excerpt"),
				(ZonedDateTime) row.get("recordedAt"));
	}

}
