package io.casefile.tracker;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.casefile.csv.CsvColumns;
import io.casefile.csv.CsvRecords;
import io.casefile.date.DatePrecision;
import io.casefile.date.InvalidDateException;
import io.casefile.date.StatedDate;
import io.casefile.recording.FactRules;
import io.casefile.recording.Problem;
import org.jspecify.annotations.Nullable;

/**
 * Reads a CSV layoff tracker a record at a time (RFC 4180: quoted fields may hold commas,
 * quotes and line breaks), never holding the file in memory: every row is checked with
 * the recording core's rules and handed on as a {@link TrackerRow}, or reported as a
 * problem with its line, field, value and reason. Bytes that are not UTF-8 are a problem
 * at their line, not replacement characters. Days may be written as trackers write them:
 * {@code 1/28/2026}, {@code 1/28/26}, {@code 2026-01-28}, {@code 2026/01/28},
 * {@code Jan 28, 2026}, {@code 28 January 2026}.
 * <p>
 * It only reads: what the rows mean in the graph is the import's work.
 */
final class TrackerReader {

	private static final Pattern US_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})");

	private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[T ].*)?");

	private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,3}(?:,\\d{3})+|-?\\d+(?:\\.0+)?");

	/** What trackers write for a headcount they do not know. */
	private static final Set<String> UNKNOWN = Set.of("n/a", "na", "unknown", "unclear", "-", "?", "tbd", "none");

	/** Told each row, each problem, and each row skipped. */
	interface Rows {

		void row(TrackerRow row);

		void problem(Problem problem);

		void skipped(Problem reason);

	}

	private TrackerReader() {
	}

	/**
	 * Reads the whole tracker, telling {@code rows} about each record in order.
	 * @param sourceGiven whether the file comes with one source for all its rows
	 * @return false when the file cannot be read at all (its header, its encoding): the
	 * problem was told
	 */
	static boolean read(InputStream in, TrackerColumns columns, boolean sourceGiven, Rows rows) throws IOException {
		return CsvRecords.read(in, new CsvRecords.Handler() {

			private CsvColumns.Layout layout = new CsvColumns.Layout(java.util.Map.of(), 0);

			@Override
			public boolean header(List<String> fields) {
				List<Problem> problems = new ArrayList<>();
				this.layout = columns.layout(fields, sourceGiven, problems);
				problems.forEach(rows::problem);
				return problems.isEmpty();
			}

			@Override
			public void record(int line, List<String> fields) {
				if (fields.size() != this.layout.columns()) {
					rows.problem(Problem.atLine(line, null, null,
							"expected " + this.layout.columns() + " columns but found " + fields.size()));
					return;
				}
				row(line, fields, this.layout, sourceGiven, rows);
			}

			@Override
			public void problem(Problem problem) {
				rows.problem(problem);
			}

		});
	}

	private static void row(int line, List<String> record, CsvColumns.Layout layout, boolean sourceGiven, Rows rows) {
		List<Problem> problems = new ArrayList<>();
		String company = layout.field(record, "company");
		if (company == null) {
			problems.add(Problem.atLine(line, "company", null, "the company is empty"));
		}
		else {
			check(line, "company", company, FactRules.name(company), problems);
		}
		Long headcount = headcount(line, layout.field(record, "headcount"), problems);
		LocalDate date = date(line, "date", layout.field(record, "date"), problems);
		String source = layout.field(record, "source");
		if (source != null) {
			check(line, "source", source, FactRules.looksLikeAddress(source) ? FactRules.url(source)
					: FactRules.line(source, FactRules.TITLE), problems);
		}
		Double percentage = percentage(line, layout.field(record, "percentage"), problems);
		String added = layout.field(record, "dateAdded");
		LocalDate dateAdded = (added != null) ? date(line, "dateAdded", added, problems) : null;
		String location = shortField(line, "location", layout.field(record, "location"), problems);
		String industry = shortField(line, "industry", layout.field(record, "industry"), problems);
		String country = shortField(line, "country", layout.field(record, "country"), problems);
		if (layout.field(record, "date") == null) {
			problems.add(Problem.atLine(line, "date", null, "the date is empty"));
		}
		if (!problems.isEmpty()) {
			problems.forEach(rows::problem);
			return;
		}
		if (source == null && !sourceGiven) {
			// A well-formed row that no source supports cannot become a fact; it is not
			// an
			// error in the file.
			rows.skipped(Problem.atLine(line, "source", null, "no source: nothing says where this row comes from"));
			return;
		}
		rows.row(new TrackerRow(line, company, headcount, date, source, location, percentage, industry, country,
				dateAdded));
	}

	private static @Nullable Long headcount(int line, @Nullable String count, List<Problem> problems) {
		if (count == null || UNKNOWN.contains(count.toLowerCase(Locale.ROOT))) {
			return null;
		}
		if (!WHOLE_NUMBER.matcher(count).matches()) {
			problems.add(Problem.atLine(line, "headcount", count, "it is not a whole number"));
			return null;
		}
		BigInteger value = new BigInteger(count.replace(",", "").replaceFirst("\\.0+$", ""));
		if (value.abs().compareTo(BigInteger.valueOf(FactRules.MAX_HEADCOUNT)) > 0) {
			// Checked as a big number first: a headcount never wraps or clamps.
			problems.add(Problem.atLine(line, "headcount", count, (value.signum() < 0) ? "it is negative"
					: "it is more than any employer's workforce (the most is %,d)".formatted(FactRules.MAX_HEADCOUNT)));
			return null;
		}
		long headcount = value.longValue();
		String problem = FactRules.headcount(headcount);
		if (problem != null) {
			problems.add(Problem.atLine(line, "headcount", count, problem));
			return null;
		}
		return headcount;
	}

	private static @Nullable Double percentage(int line, @Nullable String share, List<Problem> problems) {
		if (share == null || UNKNOWN.contains(share.toLowerCase(Locale.ROOT))) {
			return null;
		}
		try {
			double value = Double.parseDouble(share.replaceFirst("%$", "").strip());
			if (value < 0 || value > 100 || Double.isNaN(value)) {
				problems.add(Problem.atLine(line, "percentage", share, "a share of staff is between 0 and 100"));
				return null;
			}
			return value;
		}
		catch (NumberFormatException ex) {
			problems.add(Problem.atLine(line, "percentage", share, "it is not a number"));
			return null;
		}
	}

	/** A day, as trackers write days. */
	static @Nullable LocalDate date(int line, String field, @Nullable String text, List<Problem> problems) {
		if (text == null) {
			return null;
		}
		try {
			Matcher us = US_DATE.matcher(text);
			if (us.matches()) {
				int year = Integer.parseInt(us.group(3));
				return LocalDate.of((year < 100) ? 2000 + year : year, Integer.parseInt(us.group(1)),
						Integer.parseInt(us.group(2)));
			}
			Matcher iso = ISO_DATE.matcher(text);
			if (iso.matches()) {
				return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
						Integer.parseInt(iso.group(3)));
			}
			StatedDate stated = StatedDate.parse(text);
			if (stated.precision() == DatePrecision.DAY) {
				return stated.earliest();
			}
		}
		catch (DateTimeException | InvalidDateException ex) {
			// Told below.
		}
		problems.add(Problem.atLine(line, field, text,
				"it is not a day: write M/D/YYYY, YYYY-MM-DD or a day such as Jan 28, 2026"));
		return null;
	}

	private static @Nullable String shortField(int line, String field, @Nullable String value, List<Problem> problems) {
		if (value != null) {
			check(line, field, value, FactRules.line(value, FactRules.SHORT), problems);
		}
		return value;
	}

	private static void check(int line, String field, String value, @Nullable String problem, List<Problem> problems) {
		if (problem != null) {
			problems.add(Problem.atLine(line, field, value, problem));
		}
	}

}
