package io.casefile.csv;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.casefile.recording.Problem;
import org.jspecify.annotations.Nullable;

/**
 * Which column of a CSV file holds which field. Files name their columns differently
 * ("company", "Company Name", "Employer"), so each field is found by its usual names,
 * whatever their case, spacing and punctuation; a header given for a field is taken
 * instead.
 *
 * @param usual each field's usual column names, in order of preference
 * @param headers the header given for some fields, by field name
 */
public record CsvColumns(Map<String, List<String>> usual, Map<String, String> headers) {

	public CsvColumns {
		usual = new LinkedHashMap<>(usual);
		headers = Map.copyOf(headers);
	}

	/** The fields a file's columns can hold. */
	public List<String> fields() {
		return List.copyOf(this.usual.keySet());
	}

	/**
	 * The same fields, with the headers given for some (field name to header).
	 * @throws IllegalArgumentException for a field that is not one of {@link #fields()}
	 */
	public CsvColumns with(Map<String, String> headers) {
		for (String field : headers.keySet()) {
			if (!this.usual.containsKey(field)) {
				throw new IllegalArgumentException("no field \"" + field + "\"; the fields are " + fields());
			}
		}
		return new CsvColumns(this.usual, headers);
	}

	/**
	 * Where each field is in a header line, by index (-1 when the file has no such
	 * column); a required field's column missing is a problem at line 1.
	 * @param advice what to say about a missing column, by field
	 */
	public Layout layout(List<String> header, List<String> required, Map<String, String> advice,
			List<Problem> problems) {
		List<String> written = header.stream().map(CsvColumns::written).toList();
		Map<String, Integer> index = new LinkedHashMap<>();
		for (String field : this.usual.keySet()) {
			String given = this.headers.get(field);
			int at = -1;
			if (given != null) {
				at = written.indexOf(written(given));
				if (at < 0) {
					problems.add(Problem.atLine(1, field, given,
							"the header has no such column; it has " + String.join(", ", header)));
				}
			}
			else {
				for (String name : this.usual.get(field)) {
					at = written.indexOf(name);
					if (at >= 0 && !index.containsValue(at)) {
						break;
					}
					at = -1;
				}
			}
			index.put(field, at);
		}
		for (String field : required) {
			if (index.get(field) < 0 && this.headers.get(field) == null) {
				problems.add(Problem.atLine(1, field, null,
						"the header has no " + field + " column (" + String.join(", ", header) + ")"
								+ advice.getOrDefault(field, "") + "; name it with --columns=" + field + ":Header"));
			}
		}
		return new Layout(index, header.size());
	}

	/** Whether a header has a column for the field. */
	public boolean has(List<String> header, String field) {
		List<String> written = header.stream().map(CsvColumns::written).toList();
		String given = this.headers.get(field);
		if (given != null) {
			return written.contains(written(given));
		}
		return this.usual.get(field).stream().anyMatch(written::contains);
	}

	/**
	 * A header as compared: no case, space or punctuation ("# Laid Off" is "laidoff").
	 */
	static String written(String header) {
		return header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
	}

	/** Where each field is in a file's records. */
	public record Layout(Map<String, Integer> index, int columns) {

		/**
		 * A field's value in a record, stripped; null when empty or the file has none.
		 */
		public @Nullable String field(List<String> record, String field) {
			int at = this.index.getOrDefault(field, -1);
			if (at < 0 || at >= record.size()) {
				return null;
			}
			String value = record.get(at).strip();
			return value.isEmpty() ? null : value;
		}

	}

}
