package io.casefile.date;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A date as a source stated it, kept in the source's words and precision, with the
 * earliest and latest day it can mean.
 * <p>
 * The convention, applied everywhere: a month's early, mid and late parts are days 1-10,
 * 11-20 and 21 to its end; a quarter is its three months; a year runs from 1 January to
 * 31 December; "between 2017 and 2022" runs from the first day of 2017 to the last of
 * 2022; "2024-09-29 to 2024-12-28" (a fiscal quarter) runs from its first day to its
 * last; "through May 2026" means the thing ends within May 2026, so its latest day is 31
 * May 2026. An unknown date has no bounds. Comparisons use the bounds: one date is
 * certainly after another when its earliest day is later than the other's latest day.
 *
 * @param text the source's wording, or null when the source gives no date
 * @param precision how precise the wording is
 * @param part early, mid or late, when the source said so
 * @param earliest the first day the wording can mean, or null when unknown
 * @param latest the last day the wording can mean, or null when unknown
 */
public record StatedDate(@Nullable String text, DatePrecision precision, @Nullable MonthPart part,
		@Nullable LocalDate earliest, @Nullable LocalDate latest) {

	private static final StatedDate UNKNOWN = new StatedDate(null, DatePrecision.UNKNOWN, null, null, null);

	private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october"
			+ "|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?";

	private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

	private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2}) " + MONTH + ",? (\\d{4})");

	private static final Pattern MONTH_DAY_YEAR = Pattern.compile(MONTH + " (\\d{1,2}),? (\\d{4})");

	private static final Pattern PART_OF_MONTH = Pattern.compile("(early|mid|late)[- ]" + MONTH + " (\\d{4})");

	private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + " (\\d{4})");

	private static final Pattern QUARTER = Pattern.compile("q([1-4]) (\\d{4})");

	private static final Pattern YEAR = Pattern.compile("(\\d{4})");

	private static final Pattern YEAR_SPAN = Pattern.compile("(?:between |from )?(\\d{4}) ?(?:and|to|-|–) ?(\\d{4})");

	private static final Pattern DAY_SPAN = Pattern
		.compile("(?:from )?(\\d{4})-(\\d{2})-(\\d{2}) ?(?:to|until|–) ?(\\d{4})-(\\d{2})-(\\d{2})");

	private static final Pattern THROUGH = Pattern.compile("(?:through|until|till) (.+)");

	public static StatedDate unknown() {
		return UNKNOWN;
	}

	/**
	 * A single known day.
	 */
	public static StatedDate day(LocalDate day) {
		return new StatedDate(day.toString(), DatePrecision.DAY, null, day, day);
	}

	/**
	 * Reads a date in the source's words; null or blank is an unknown date.
	 * @throws InvalidDateException when the wording is not one of the forms listed in its
	 * message
	 */
	public static StatedDate parse(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return UNKNOWN;
		}
		String original = text.strip();
		try {
			StatedDate read = read(original.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
			return new StatedDate(original, read.precision, read.part, read.earliest, read.latest);
		}
		catch (java.time.DateTimeException ex) {
			throw new InvalidDateException(original);
		}
	}

	private static StatedDate read(String s) {
		Matcher m;
		if ((m = THROUGH.matcher(s)).matches()) {
			return read(m.group(1));
		}
		if ((m = DAY_SPAN.matcher(s)).matches()) {
			LocalDate first = LocalDate.of(year(m.group(1)), Integer.parseInt(m.group(2)),
					Integer.parseInt(m.group(3)));
			LocalDate last = LocalDate.of(year(m.group(4)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)));
			if (last.isBefore(first)) {
				throw new java.time.DateTimeException("span ends before it starts");
			}
			return bounded(DatePrecision.DAY_SPAN, null, first, last);
		}
		if ((m = ISO_DAY.matcher(s)).matches()) {
			return ofDay(LocalDate.of(year(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
		}
		if ((m = DAY_MONTH_YEAR.matcher(s)).matches()) {
			return ofDay(LocalDate.of(year(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1))));
		}
		if ((m = MONTH_DAY_YEAR.matcher(s)).matches()) {
			return ofDay(LocalDate.of(year(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2))));
		}
		if ((m = PART_OF_MONTH.matcher(s)).matches()) {
			YearMonth month = YearMonth.of(year(m.group(3)), month(m.group(2)));
			MonthPart part = MonthPart.valueOf(m.group(1).toUpperCase(Locale.ROOT));
			return switch (part) {
				case EARLY -> bounded(DatePrecision.PART_OF_MONTH, part, month.atDay(1), month.atDay(10));
				case MID -> bounded(DatePrecision.PART_OF_MONTH, part, month.atDay(11), month.atDay(20));
				case LATE -> bounded(DatePrecision.PART_OF_MONTH, part, month.atDay(21), month.atEndOfMonth());
			};
		}
		if ((m = MONTH_YEAR.matcher(s)).matches()) {
			YearMonth month = YearMonth.of(year(m.group(2)), month(m.group(1)));
			return bounded(DatePrecision.MONTH, null, month.atDay(1), month.atEndOfMonth());
		}
		if ((m = QUARTER.matcher(s)).matches()) {
			int quarter = Integer.parseInt(m.group(1));
			int year = year(m.group(2));
			YearMonth first = YearMonth.of(year, quarter * 3 - 2);
			return bounded(DatePrecision.QUARTER, null, first.atDay(1), first.plusMonths(2).atEndOfMonth());
		}
		if ((m = YEAR.matcher(s)).matches()) {
			int year = year(m.group(1));
			return bounded(DatePrecision.YEAR, null, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
		}
		if ((m = YEAR_SPAN.matcher(s)).matches()) {
			int from = year(m.group(1));
			int to = year(m.group(2));
			if (to < from) {
				throw new java.time.DateTimeException("span ends before it starts");
			}
			return bounded(DatePrecision.YEAR_SPAN, null, LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31));
		}
		throw new java.time.DateTimeException("unreadable");
	}

	private static StatedDate ofDay(LocalDate day) {
		return bounded(DatePrecision.DAY, null, day, day);
	}

	private static StatedDate bounded(DatePrecision precision, @Nullable MonthPart part, LocalDate earliest,
			LocalDate latest) {
		return new StatedDate(null, precision, part, earliest, latest);
	}

	private static int year(String digits) {
		int year = Integer.parseInt(digits);
		if (year < 1800 || year > 2200) {
			throw new java.time.DateTimeException("year out of range");
		}
		return year;
	}

	private static int month(String name) {
		String key = name.replace(".", "");
		for (Month month : Month.values()) {
			String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
			if (full.equals(key) || full.startsWith(key) && key.length() >= 3) {
				return month.getValue();
			}
		}
		throw new java.time.DateTimeException("no such month");
	}

	/**
	 * Reads a date stored as five properties with a common prefix: {@code dateText},
	 * {@code datePrecision}, {@code datePart}, {@code dateEarliest}, {@code dateLatest}.
	 */
	public static StatedDate fromProperties(java.util.Map<String, ?> properties, String prefix) {
		Keys keys = Keys.of(prefix);
		Object precision = properties.get(keys.precision());
		if (precision == null) {
			return UNKNOWN;
		}
		Object part = properties.get(keys.part());
		return new StatedDate((String) properties.get(keys.text()), DatePrecision.valueOf((String) precision),
				(part != null) ? MonthPart.valueOf((String) part) : null, (LocalDate) properties.get(keys.earliest()),
				(LocalDate) properties.get(keys.latest()));
	}

	/**
	 * The five property names of a prefix, made once: a name concatenated for each lookup
	 * is hashed again each time, which was a twentieth of the CPU of a request for a
	 * thousand events.
	 */
	private record Keys(String text, String precision, String part, String earliest, String latest) {

		private static final java.util.Map<String, Keys> BY_PREFIX = new java.util.concurrent.ConcurrentHashMap<>();

		static Keys of(String prefix) {
			return BY_PREFIX.computeIfAbsent(prefix,
					(p) -> new Keys(p + "Text", p + "Precision", p + "Part", p + "Earliest", p + "Latest"));
		}

	}

	/**
	 * Puts this date into a map of properties as five entries named after the prefix:
	 * {@code Text}, {@code Precision}, {@code Part}, {@code Earliest}, {@code Latest}.
	 */
	public void toProperties(String prefix, java.util.Map<String, @Nullable Object> properties) {
		properties.put(prefix + "Text", this.text);
		properties.put(prefix + "Precision", this.precision.name());
		properties.put(prefix + "Part", (this.part != null) ? this.part.name() : null);
		properties.put(prefix + "Earliest", this.earliest);
		properties.put(prefix + "Latest", this.latest);
	}

	public boolean known() {
		return this.precision != DatePrecision.UNKNOWN;
	}

}
