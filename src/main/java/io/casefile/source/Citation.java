package io.casefile.source;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import io.casefile.date.StatedDate;
import org.jspecify.annotations.Nullable;

/**
 * Where a fact comes from: a source and the sentence in it that says the fact; since when
 * that was known; and, when the source's claim was recorded on its own (a tracker's row
 * about a wave another source reported), what the source claims.
 */
public record Citation(Source source, String excerpt, @Nullable ZonedDateTime recordedAt,
		@Nullable LocalDate knownSince, @Nullable String via, @Nullable Claim claim) {

	/**
	 * What one source says about the fact: its headcount, its date, its amount (or a
	 * figure's value), each null when the source does not give it.
	 */
	public record Claim(@Nullable Integer headcount, StatedDate date, @Nullable ClaimedValue amount) {
	}

	/**
	 * An amount or a figure's value as one source gives it: exact, as a number, and in
	 * its words.
	 */
	public record ClaimedValue(double value, String exact, @Nullable String text) {

		static @Nullable ClaimedValue of(Map<String, ?> row, String prefix) {
			Object value = row.get(prefix);
			if (value == null) {
				return null;
			}
			Object exact = row.get(prefix + "Exact");
			return new ClaimedValue(((Number) value).doubleValue(),
					(exact != null) ? (String) exact : String.valueOf(value), (String) row.get(prefix + "Text"));
		}

	}

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
		Object headcount = row.get("claimedHeadcount");
		StatedDate date = StatedDate.fromProperties(row, "claimedDate");
		ClaimedValue amount = ClaimedValue.of(row, "claimedAmount");
		if (amount == null) {
			amount = ClaimedValue.of(row, "claimedValue");
		}
		Claim claim = (headcount != null || date.known() || amount != null)
				? new Claim((headcount != null) ? ((Number) headcount).intValue() : null, date, amount) : null;
		return new Citation(Source.fromRow((Map<String, ?>) row.get("source")), (String) row.get("excerpt"),
				(ZonedDateTime) row.get("recordedAt"), (LocalDate) row.get("knownSince"), (String) row.get("via"),
				claim);
	}

}
