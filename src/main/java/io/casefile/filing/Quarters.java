package io.casefile.filing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Fiscal quarters as filers report them. A 10-Q's income statement gives the quarter
 * (three months), but its cash-flow statement gives the year to date: six months in the
 * second quarter's 10-Q, nine in the third's, and a 10-K gives only the fiscal year. Each
 * quarter a filing does not give is derived within one concept: Q2 is the six months
 * minus Q1, Q3 the nine months minus the six, Q4 the fiscal year minus the nine months;
 * the figure says so ({@link Claim#method()}). Free cash flow is operating cash flow
 * minus capital expenditure, quarter by quarter.
 * <p>
 * Periods are told by their first and last day, never by the filing's {@code fy}/{@code
 * fp} (a 10-Q also reports last year's quarter): a fiscal year that ends in June or
 * September, or runs 52 or 53 weeks, keeps its real days. A value a later filing gives
 * differently (a restatement, a 10-Q/A) is another claim about the same quarter, cited to
 * that filing; the same value repeated in later filings (next year's comparatives) is
 * not.
 */
final class Quarters {

	/** How long a quarter is, in days: 13 weeks, a calendar quarter, 14 weeks. */
	private static final int QUARTER_MIN = 80;

	private static final int QUARTER_MAX = 100;

	/**
	 * Periods of this length or longer, starting on a day, make that day a year's start.
	 */
	private static final int YEAR_TO_DATE_MIN = 170;

	/** A fiscal year: 52 or 53 weeks, or a calendar year. */
	private static final int YEAR_MIN = 350;

	private static final int YEAR_MAX = 380;

	static final String FREE_CASH_FLOW = "FREE_CASH_FLOW";

	/**
	 * One value of a quarter's figure as one filing makes it known.
	 *
	 * @param value the value in dollars, exact
	 * @param filing the filing that gives it, or that completes its derivation (the later
	 * of the two it is computed from)
	 * @param concept the us-gaap concept it is in
	 * @param excerpt what the filing says, in words: the concept, the period and the
	 * value (both values for a derived one)
	 * @param method how it was derived, or null when the filing gives the quarter itself
	 */
	record Claim(BigDecimal value, Reported filing, String concept, String excerpt, @Nullable String method) {
	}

	/**
	 * A fiscal quarter and its figures.
	 *
	 * @param start its first day
	 * @param end its last day
	 * @param number 1 to 4 within its fiscal year, or 0 when no filing shows where its
	 * fiscal year starts
	 * @param fiscalYear the fiscal year it belongs to, as the filer names it
	 * @param calendar whether it is a calendar quarter of a calendar fiscal year
	 * @param figures by metric, each metric's claims in the order they were filed
	 */
	record Quarter(LocalDate start, LocalDate end, int number, int fiscalYear, boolean calendar,
			Map<String, List<Claim>> figures) {

		/** The first filing that gave any of its figures: the day it was reported. */
		Reported firstFiling() {
			return this.figures.values().stream().flatMap(List::stream).map(Claim::filing).min(FILED).orElseThrow();
		}

		/** "Q3 2025" for a calendar quarter, else "Q1 fiscal 2025". */
		String name() {
			if (this.number == 0) {
				return "quarter ended " + this.end;
			}
			return this.calendar ? "Q" + this.number + " " + this.fiscalYear
					: "Q" + this.number + " fiscal " + this.fiscalYear;
		}

	}

	private static final Comparator<Reported> FILED = Comparator.comparing(Reported::filed)
		.thenComparing(Reported::accession);

	private Quarters() {
	}

	/**
	 * A fiscal year's capital expenditure as the 10-K gives it.
	 *
	 * @param fiscalYear the fiscal year, as the filer names it
	 * @param calendar whether it runs from 1 January to 31 December
	 * @param claims the values filed, in the order filed
	 */
	record Year(LocalDate start, LocalDate end, int fiscalYear, boolean calendar, List<Claim> claims) {
	}

	/** What a company's values give: its quarters and its years' capital expenditure. */
	record Filed(List<Quarter> quarters, List<Year> capitalExpenditure) {
	}

	/** The quarters the values give a figure for, in order of their last day. */
	static List<Quarter> of(List<Reported> reported) {
		return filed(reported).quarters();
	}

	/**
	 * The quarters and the years' capital expenditure, in order: the values grouped by
	 * concept and period once, each fiscal year named once.
	 */
	static Filed filed(List<Reported> reported) {
		Map<String, Map<Span, List<Reported>>> byConcept = byConcept(reported);
		Map<LocalDate, Integer> names = new HashMap<>();
		Function<LocalDate, Integer> fiscalYear = (start) -> names.computeIfAbsent(start,
				(s) -> fiscalYear(s, reported));
		return new Filed(quarters(byConcept, reported, fiscalYear), years(byConcept, fiscalYear));
	}

	/** The fiscal years whose capital expenditure the values give, in order. */
	private static List<Year> years(Map<String, Map<Span, List<Reported>>> byConcept,
			Function<LocalDate, Integer> fiscalYear) {
		Map<Span, List<Claim>> years = new TreeMap<>();
		for (String concept : Concepts.BY_METRIC.get("CAPITAL_EXPENDITURE")) {
			byConcept.getOrDefault(concept, Map.of()).forEach((span, versions) -> {
				if (span.days() >= YEAR_MIN && span.days() <= YEAR_MAX) {
					years.putIfAbsent(span, asFiled(concept, versions));
				}
			});
		}
		List<Year> result = new ArrayList<>();
		years.forEach((span,
				claims) -> result.add(new Year(span.start(), span.end(), fiscalYear.apply(span.start()),
						span.start().getMonth() == Month.JANUARY && span.start().getDayOfMonth() == 1
								&& span.end().equals(span.start().plusYears(1).minusDays(1)),
						claims)));
		return result;
	}

	/** Each concept's periods, each with its versions. */
	private static Map<String, Map<Span, List<Reported>>> byConcept(List<Reported> reported) {
		Map<String, Map<Span, List<Reported>>> byConcept = new LinkedHashMap<>();
		for (Reported r : reported) {
			byConcept.computeIfAbsent(r.concept(), (c) -> new TreeMap<>())
				.computeIfAbsent(new Span(r.start(), r.end()), (s) -> new ArrayList<>())
				.add(r);
		}
		byConcept.values().forEach((spans) -> spans.replaceAll((span, values) -> versions(values)));
		return byConcept;
	}

	private static List<Quarter> quarters(Map<String, Map<Span, List<Reported>>> byConcept, List<Reported> reported,
			Function<LocalDate, Integer> fiscalYear) {
		// Each metric's quarters from its preferred concept that gives them.
		Map<Span, Map<String, List<Claim>>> quarters = new TreeMap<>();
		Concepts.BY_METRIC.forEach((metric, concepts) -> {
			for (String concept : concepts) {
				Map<Span, List<Reported>> spans = byConcept.get(concept);
				if (spans == null) {
					continue;
				}
				quarterClaims(concept, spans)
					.forEach((span, claims) -> quarters.computeIfAbsent(span, (s) -> new LinkedHashMap<>())
						.putIfAbsent(metric, claims));
			}
		});
		quarters.values().forEach(Quarters::freeCashFlow);

		TreeSet<LocalDate> yearStarts = reported.stream()
			.filter((r) -> r.days() >= YEAR_TO_DATE_MIN && r.days() <= YEAR_MAX)
			.map(Reported::start)
			.collect(Collectors.toCollection(TreeSet::new));
		List<Quarter> result = new ArrayList<>();
		quarters.forEach((span, figures) -> {
			LocalDate yearStart = yearStart(yearStarts, span);
			int number = (yearStart != null)
					? (int) Math.max(1, Math.min(4, Math.round(days(yearStart, span.end()) / 91.3))) : 0;
			int year = (yearStart != null) ? fiscalYear.apply(yearStart) : span.end().getYear();
			boolean calendar = yearStart != null && yearStart.getMonth() == Month.JANUARY
					&& yearStart.getDayOfMonth() == 1 && span.start().getDayOfMonth() == 1
					&& span.start().getMonthValue() == number * 3 - 2
					&& span.end().equals(span.start().plusMonths(3).minusDays(1));
			result.add(new Quarter(span.start(), span.end(), number, year, calendar, figures));
		});
		return result;
	}

	/** A period's values as filed: one claim each, read as the filing gives it. */
	private static List<Claim> asFiled(String concept, List<Reported> versions) {
		return versions.stream().map((r) -> new Claim(r.value(), r, concept, excerpt(concept, r), null)).toList();
	}

	/** A period: its first and last day. */
	record Span(LocalDate start, LocalDate end) implements Comparable<Span> {

		long days() {
			return Quarters.days(this.start, this.end);
		}

		@Override
		public int compareTo(Span other) {
			return Comparator.comparing(Span::end).thenComparing(Span::start).compare(this, other);
		}

	}

	/**
	 * The values filings gave one period, in the order filed, each only when it differs
	 * from the one before: the first, then each restatement.
	 */
	private static List<Reported> versions(List<Reported> values) {
		List<Reported> sorted = values.stream().sorted(FILED).toList();
		List<Reported> versions = new ArrayList<>();
		for (Reported r : sorted) {
			if (versions.isEmpty() || versions.get(versions.size() - 1).value().compareTo(r.value()) != 0) {
				versions.add(r);
			}
		}
		return versions;
	}

	/**
	 * One concept's quarters: those a filing gives, then those derived from its years to
	 * date.
	 */
	private static Map<Span, List<Claim>> quarterClaims(String concept, Map<Span, List<Reported>> spans) {
		Map<Span, List<Claim>> quarters = new TreeMap<>();
		spans.forEach((span, versions) -> {
			if (span.days() >= QUARTER_MIN && span.days() <= QUARTER_MAX) {
				quarters.put(span, asFiled(concept, versions));
			}
		});
		Map<LocalDate, TreeMap<LocalDate, Span>> toDate = new TreeMap<>();
		spans.keySet()
			.forEach((span) -> toDate.computeIfAbsent(span.start(), (s) -> new TreeMap<>()).put(span.end(), span));
		toDate.forEach((start, byEnd) -> {
			if (byEnd.values().stream().noneMatch((s) -> s.days() >= YEAR_TO_DATE_MIN)) {
				return;
			}
			Span previous = null;
			for (Span span : byEnd.values()) {
				if (span.days() > YEAR_MAX) {
					break;
				}
				if (previous != null) {
					long gap = days(previous.end().plusDays(1), span.end());
					Span quarter = new Span(previous.end().plusDays(1), span.end());
					if (gap >= QUARTER_MIN && gap <= QUARTER_MAX && !quarters.containsKey(quarter)) {
						List<Claim> claims = derived(concept, spans.get(span), spans.get(previous));
						if (!claims.isEmpty()) {
							quarters.put(quarter, claims);
						}
					}
				}
				previous = span;
			}
		});
		return quarters;
	}

	/**
	 * A quarter as the difference of two periods to date, each time a filing gives either
	 * a value: the longer period's value on record that day less the shorter's, cited to
	 * the filing that completed or changed it.
	 */
	private static List<Claim> derived(String concept, List<Reported> longer, List<Reported> shorter) {
		List<Reported> filings = new ArrayList<>(longer);
		filings.addAll(shorter);
		filings.sort(FILED);
		List<Claim> claims = new ArrayList<>();
		for (Reported filing : filings) {
			Reported later = onRecord(longer, (r) -> r, filing);
			Reported earlier = onRecord(shorter, (r) -> r, filing);
			if (later == null || earlier == null) {
				continue;
			}
			BigDecimal value = later.value().subtract(earlier.value());
			if (!claims.isEmpty() && claims.get(claims.size() - 1).value().compareTo(value) == 0) {
				continue;
			}
			String method = "derived: " + describe(later) + " minus " + describe(earlier)
					+ ", as the filings report them year to date";
			String excerpt = excerpt(concept, later) + " (" + cited(later) + "); " + excerpt(concept, earlier) + " ("
					+ cited(earlier) + ")";
			claims.add(new Claim(value, filing, concept, excerpt, method));
		}
		return claims;
	}

	/**
	 * Of values in the order filed, the one on record when a filing was filed: the latest
	 * filed by then.
	 */
	private static <T> @Nullable T onRecord(List<T> versions, Function<T, Reported> filingOf, Reported filing) {
		T latest = null;
		for (T version : versions) {
			if (FILED.compare(filingOf.apply(version), filing) <= 0) {
				latest = version;
			}
		}
		return latest;
	}

	private static String cited(Reported r) {
		return r.form() + " " + r.accession() + ", filed " + r.filed();
	}

	/**
	 * Free cash flow, each time a filing changes operating cash flow or capital
	 * expenditure.
	 */
	private static void freeCashFlow(Map<String, List<Claim>> figures) {
		List<Claim> operating = figures.get("OPERATING_CASH_FLOW");
		List<Claim> capex = figures.get("CAPITAL_EXPENDITURE");
		if (operating == null || capex == null) {
			return;
		}
		List<Claim> inputs = new ArrayList<>(operating);
		inputs.addAll(capex);
		inputs.sort(Comparator.comparing(Claim::filing, FILED));
		List<Claim> claims = new ArrayList<>();
		for (Claim input : inputs) {
			Claim cash = onRecord(operating, Claim::filing, input.filing());
			Claim spent = onRecord(capex, Claim::filing, input.filing());
			if (cash == null || spent == null) {
				continue;
			}
			BigDecimal value = cash.value().subtract(spent.value());
			if (!claims.isEmpty() && claims.get(claims.size() - 1).value().compareTo(value) == 0) {
				continue;
			}
			String method = "derived: operating cash flow (" + cash.concept() + ") minus capital expenditure ("
					+ spent.concept() + ")";
			String excerpt = "Operating cash flow " + dollars(cash.value()) + " minus capital expenditure "
					+ dollars(spent.value()) + " for the quarter, as filed by " + input.filing().filed();
			claims.add(new Claim(value, input.filing(), cash.concept(), excerpt, method));
		}
		if (!claims.isEmpty()) {
			figures.put(FREE_CASH_FLOW, claims);
		}
	}

	/**
	 * The start of the fiscal year a quarter falls in: the latest year start before it.
	 */
	private static @Nullable LocalDate yearStart(TreeSet<LocalDate> yearStarts, Span quarter) {
		LocalDate start = yearStarts.floor(quarter.start());
		return (start != null && days(start, quarter.end()) <= YEAR_MAX) ? start : null;
	}

	/**
	 * The fiscal year a year starting on this day is, as the filer names it: the
	 * {@code fy} of the first filing that reports a period starting that day (the filing
	 * for that year itself), when it is the year the fiscal year ends in or the one
	 * before (retailers name a year ending in January after the year before); else the
	 * year it ends in.
	 */
	private static int fiscalYear(LocalDate yearStart, List<Reported> reported) {
		int endYear = yearStart.plusYears(1).minusDays(1).getYear();
		return reported.stream()
			.filter((r) -> r.start().equals(yearStart) && r.fiscalYear() != null
					&& (r.fiscalYear() == endYear || r.fiscalYear() == endYear - 1))
			.min(FILED)
			.map(Reported::fiscalYear)
			.map(Objects::requireNonNull)
			.orElse(endYear);
	}

	static long days(LocalDate first, LocalDate last) {
		return ChronoUnit.DAYS.between(first, last) + 1;
	}

	private static String describe(Reported r) {
		return "the " + months(r) + " to " + r.end();
	}

	private static String months(Reported r) {
		long months = Math.round(r.days() / 30.44);
		return switch ((int) months) {
			case 3 -> "three months";
			case 6 -> "six months";
			case 9 -> "nine months";
			case 12 -> "fiscal year";
			default -> months + " months";
		};
	}

	private static String excerpt(String concept, Reported r) {
		return concept + ", " + r.start() + " to " + r.end() + ": " + dollars(r.value());
	}

	/** An amount in dollars with its thousands marked: "-4,790,000,000 USD". */
	static String dollars(BigDecimal value) {
		return (value.stripTrailingZeros().scale() <= 0) ? "%,d USD".formatted(value.toBigInteger())
				: value.toPlainString() + " USD";
	}

}
