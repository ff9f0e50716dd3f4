package io.casefile.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads a CSV layoff tracker, such as the public tracker in {@code shared/data}, into
 * checked rows: every row's problems are reported with its line and reason, identical
 * rows are merged, and a row without a headcount is kept with none rather than given one.
 * Which column holds what is a {@link Columns} mapping, so that another tracker's columns
 * can be mapped too.
 * <p>
 * It only reads: turning rows into cited events in the graph is the import's work.
 */
public final class LayoffTracker {

	private static final Pattern US_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

	private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

	private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d+(?:\\.0+)?");

	private LayoffTracker() {
	}

	/**
	 * Which header holds each field; {@code company}, {@code headcount}, {@code date} and
	 * {@code source} are required, the others may be null.
	 */
	public record Columns(String company, String headcount, String date, String source, @Nullable String location,
			@Nullable String percentage, @Nullable String industry, @Nullable String country,
			@Nullable String dateAdded) {

		/**
		 * The columns of the public tracker in {@code shared/data}
		 * (databyab/Layoff-Analysis-2020-2026).
		 */
		public static final Columns LAYOFFS_TRACKER = new Columns("company", "total_laid_off", "date", "source",
				"location", "percentage_laid_off", "industry", "country", "date_added");

		/** The fields a mapping may name. */
		public static final List<String> FIELDS = List.of("company", "headcount", "date", "source", "location",
				"percentage", "industry", "country", "dateAdded");

		/**
		 * The public tracker's columns, with the headers given for some fields (field
		 * name to header) in their place.
		 * @throws IllegalArgumentException for a field that is not one of {@link #FIELDS}
		 */
		public static Columns mapping(Map<String, String> headers) {
			for (String field : headers.keySet()) {
				if (!FIELDS.contains(field)) {
					throw new IllegalArgumentException("no field \"" + field + "\"; the fields are " + FIELDS);
				}
			}
			Columns d = LAYOFFS_TRACKER;
			return new Columns(headers.getOrDefault("company", d.company()),
					headers.getOrDefault("headcount", d.headcount()), headers.getOrDefault("date", d.date()),
					headers.getOrDefault("source", d.source()), headers.getOrDefault("location", d.location()),
					headers.getOrDefault("percentage", d.percentage()), headers.getOrDefault("industry", d.industry()),
					headers.getOrDefault("country", d.country()), headers.getOrDefault("dateAdded", d.dateAdded()));
		}

	}

	/**
	 * A checked row: {@code line} is its first line in the file, the header being line 1;
	 * {@code source} is the report's address, or the name of the document when the
	 * tracker gives no address.
	 */
	public record Row(int line, String company, @Nullable Integer headcount, LocalDate date, String source,
			@Nullable String location, @Nullable Double percentage, @Nullable String industry, @Nullable String country,
			@Nullable LocalDate dateAdded) {
	}

	/** Why a row, or the file, cannot be read. Line 0 is the file as a whole. */
	public record Problem(int line, String reason) {

		@Override
		public String toString() {
			return (this.line == 0) ? this.reason : "line " + this.line + ": " + this.reason;
		}

	}

	/**
	 * What a tracker holds: the rows that read; the problems of those that did not (a
	 * malformed file); the well-formed rows skipped because nothing cites them; how many
	 * rows repeated another and were merged into it; and how many rows have no headcount.
	 */
	public record Reading(List<Row> rows, List<Problem> problems, List<Problem> skipped, int merged,
			int withoutHeadcount) {
	}

	public static Reading read(InputStream in, Columns columns) throws IOException {
		byte[] bytes = in.readAllBytes();
		String text;
		try {
			text = utf8(bytes);
		}
		catch (NotUtf8 ex) {
			return new Reading(List.of(),
					List.of(new Problem(ex.line, "bytes that are not UTF-8 (save the file as UTF-8)")), List.of(), 0,
					0);
		}
		List<Record> records = records(text);
		if (records.isEmpty()) {
			return new Reading(List.of(), List.of(new Problem(0, "the file is empty: it needs a header line")),
					List.of(), 0, 0);
		}
		List<String> header = records.getFirst()
			.fields()
			.stream()
			.map((h) -> h.strip().toLowerCase(Locale.ROOT))
			.toList();
		Map<String, Integer> index = new LinkedHashMap<>();
		List<Problem> problems = new ArrayList<>();
		for (String[] column : new String[][] { { "company", columns.company() }, { "headcount", columns.headcount() },
				{ "date", columns.date() }, { "source", columns.source() } }) {
			int at = header.indexOf(column[1].toLowerCase(Locale.ROOT));
			if (at < 0) {
				problems.add(new Problem(1,
						"the header has no column \"" + column[1] + "\" for the " + column[0] + "; it has " + header));
			}
			index.put(column[0], at);
		}
		if (!problems.isEmpty()) {
			return new Reading(List.of(), problems, List.of(), 0, 0);
		}
		for (String[] column : new String[][] { { "location", columns.location() },
				{ "percentage", columns.percentage() }, { "industry", columns.industry() },
				{ "country", columns.country() }, { "dateAdded", columns.dateAdded() } }) {
			index.put(column[0], (column[1] != null) ? header.indexOf(column[1].toLowerCase(Locale.ROOT)) : -1);
		}
		Map<Row, Row> unique = new LinkedHashMap<>();
		List<Problem> skipped = new ArrayList<>();
		int merged = 0;
		for (Record record : records.subList(1, records.size())) {
			if (record.fields().size() == 1 && record.fields().getFirst().isBlank()) {
				continue;
			}
			if (record.fields().size() != header.size()) {
				problems.add(new Problem(record.line(),
						"expected " + header.size() + " columns but found " + record.fields().size()));
				continue;
			}
			Row row = row(record, index, problems, skipped);
			if (row == null) {
				continue;
			}
			// Identical rows are one fact reported twice: the first line stands for both.
			Row key = new Row(0, row.company().toLowerCase(Locale.ROOT), row.headcount(), row.date(), row.source(),
					row.location(), row.percentage(), row.industry(), row.country(), row.dateAdded());
			if (unique.putIfAbsent(key, row) != null) {
				merged++;
			}
		}
		List<Row> rows = List.copyOf(unique.values());
		int withoutHeadcount = (int) rows.stream().filter((r) -> r.headcount() == null).count();
		return new Reading(rows, problems, skipped, merged, withoutHeadcount);
	}

	private static @Nullable Row row(Record record, Map<String, Integer> index, List<Problem> problems,
			List<Problem> skipped) {
		int before = problems.size();
		String company = field(record, index, "company");
		if (company == null) {
			problems.add(new Problem(record.line(), "the company is empty"));
		}
		Integer headcount = null;
		String count = field(record, index, "headcount");
		if (count != null) {
			if (!WHOLE_NUMBER.matcher(count).matches()) {
				problems.add(new Problem(record.line(), "headcount \"" + count + "\" is not a whole number"));
			}
			else if (count.startsWith("-")) {
				problems.add(new Problem(record.line(), "headcount " + count + " is negative"));
			}
			else {
				headcount = (int) Double.parseDouble(count);
			}
		}
		LocalDate date = date(record, field(record, index, "date"), "date", problems);
		// Usually the report's address; some trackers name a document instead ("Internal
		// memo").
		String source = field(record, index, "source");
		Double percentage = null;
		String share = field(record, index, "percentage");
		if (share != null) {
			try {
				percentage = Double.valueOf(share);
			}
			catch (NumberFormatException ex) {
				problems.add(new Problem(record.line(), "percentage \"" + share + "\" is not a number"));
			}
		}
		String added = field(record, index, "dateAdded");
		LocalDate dateAdded = (added != null) ? date(record, added, "date added", problems) : null;
		if (problems.size() > before || company == null || date == null) {
			return null;
		}
		if (source == null) {
			// A well-formed row that no source supports cannot become a fact; it is not
			// an error in the file.
			skipped.add(new Problem(record.line(), "no source: nothing says where this row comes from"));
			return null;
		}
		return new Row(record.line(), company, headcount, date, source, field(record, index, "location"), percentage,
				field(record, index, "industry"), field(record, index, "country"), dateAdded);
	}

	/** A day written M/D/YYYY (as US trackers do) or YYYY-MM-DD. */
	private static @Nullable LocalDate date(Record record, @Nullable String text, String what, List<Problem> problems) {
		if (text == null) {
			problems.add(new Problem(record.line(), "the " + what + " is empty"));
			return null;
		}
		try {
			Matcher us = US_DATE.matcher(text);
			if (us.matches()) {
				return LocalDate.of(Integer.parseInt(us.group(3)), Integer.parseInt(us.group(1)),
						Integer.parseInt(us.group(2)));
			}
			Matcher iso = ISO_DATE.matcher(text);
			if (iso.matches()) {
				return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
						Integer.parseInt(iso.group(3)));
			}
		}
		catch (DateTimeException ex) {
			// Reported below.
		}
		problems.add(new Problem(record.line(),
				"the " + what + " \"" + text + "\" is not a day: write M/D/YYYY or YYYY-MM-DD"));
		return null;
	}

	private static @Nullable String field(Record record, Map<String, Integer> index, String name) {
		int at = index.get(name);
		if (at < 0) {
			return null;
		}
		String value = record.fields().get(at).strip();
		return value.isEmpty() ? null : value;
	}

	/**
	 * A CSV record (RFC 4180: quoted fields may hold commas, quotes and line breaks) and
	 * its first line.
	 */
	private record Record(int line, List<String> fields) {
	}

	private static List<Record> records(String text) {
		List<Record> records = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		int line = 1;
		int recordLine = 1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					if (c == '\n') {
						line++;
					}
					field.append(c);
				}
			}
			else if (c == '"' && field.isEmpty()) {
				quoted = true;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				fields.add(field.toString());
				field.setLength(0);
				records.add(new Record(recordLine, List.copyOf(fields)));
				fields.clear();
				line++;
				recordLine = line;
			}
			else {
				field.append(c);
			}
		}
		if (!field.isEmpty() || !fields.isEmpty()) {
			fields.add(field.toString());
			records.add(new Record(recordLine, List.copyOf(fields)));
		}
		return records;
	}

	/**
	 * Decodes strictly: a byte that is not UTF-8 is a problem at its line, not a
	 * replacement character.
	 */
	private static String utf8(byte[] bytes) throws NotUtf8 {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			int line = 1;
			for (int i = 0; i < in.position(); i++) {
				if (bytes[i] == '\n') {
					line++;
				}
			}
			throw new NotUtf8(line);
		}
		decoder.flush(out);
		String text = out.flip().toString();
		// A byte-order mark is not part of the header.
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	private static final class NotUtf8 extends Exception {

		private final int line;

		NotUtf8(int line) {
			super(null, null, false, false);
			this.line = line;
		}

	}

}
