package io.casefile.recording;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import io.casefile.date.DatePrecision;
import io.casefile.date.StatedDate;
import io.casefile.event.EventKind;
import io.casefile.recording.Facts.EventFact;
import org.jspecify.annotations.Nullable;

/**
 * Whether an event a door brings is one the graph (or the recording) already has: the
 * natural key of every door, so that recording a fact through a mutation after importing
 * it from a file adds a claim, never a second event.
 * <p>
 * The rules, by kind:
 * <ul>
 * <li>a layoff wave is the organization's wave whose dates overlap its own (when that
 * wave is dated to a month or finer; unless both give another headcount and another
 * place, as a tracker's rows for one company's cuts in Seattle and in Dublin on one day),
 * else the wave at most {@code windowDays} away (60 by default) with the same headcount,
 * within {@code headcountTolerance} (2%): a claim about that wave with a disputed date.
 * Waves within the window that meet neither rule (another headcount, or none to compare)
 * are <em>possible duplicates</em>, listed for a person to settle;</li>
 * <li>a capex figure is the organization's figure of the same fiscal year and basis
 * (guidance given on days that cannot be the same is a revision, another event);</li>
 * <li>a financial result is the organization's result for the same period (the same first
 * and last day; an undated period, the same words);</li>
 * <li>a statement is the same speaker's with the same quote (or, without one, the same
 * summary at an overlapping date);</li>
 * <li>an analyst's projection is the same analyst's of the same measure over the same
 * period;</li>
 * <li>any other event is the organization's of the same kind and the same date (and, for
 * policies and estimates, the same title).</li>
 * </ul>
 */
final class EventIdentity {

	private EventIdentity() {
	}

	/**
	 * An event already known: in the graph, or earlier in the recording.
	 *
	 * @param properties its node's properties (date bounds, headcount, fiscal year...)
	 * @param speaker the id of who said it, for statements; the analyst, for projections
	 */
	record Known(String id, EventKind kind, Map<String, Object> properties, @Nullable String speaker) {

		@Nullable LocalDate earliest() {
			return (LocalDate) this.properties.get("dateEarliest");
		}

		@Nullable LocalDate latest() {
			return (LocalDate) this.properties.get("dateLatest");
		}

		@Nullable Long headcount() {
			Object headcount = this.properties.get("headcount");
			return (headcount instanceof Number n) ? n.longValue() : null;
		}

		@Nullable String text(String property) {
			Object value = this.properties.get(property);
			return (value != null) ? value.toString() : null;
		}

	}

	/**
	 * What an incoming event is: the known event it is (or null for a new one), and the
	 * known waves it may be the same as without meeting the rule.
	 */
	record Identified(@Nullable Known same, List<Known> possibleDuplicates) {

		static final Identified NEW = new Identified(null, List.of());

	}

	/**
	 * Identifies an event among the known events of its organization (or speaker, or
	 * analyst) and kind. {@code speaker} is the incoming statement's resolved speaker or
	 * projection's analyst.
	 */
	static Identified identify(EventFact event, @Nullable String speaker, List<Known> known, Reconciliation rule) {
		StatedDate date = StatedDate.parse(event.date());
		List<Known> ofKind = known.stream().filter((k) -> k.kind() == event.kind()).toList();
		return switch (event.kind()) {
			case LAYOFF_WAVE -> wave(date, event.headcount(), event.location(), ofKind, rule);
			case CAPEX -> same(ofKind.stream()
				.filter((k) -> Objects.equals(number(k.properties().get("fiscalYear")), number(event.fiscalYear()))
						&& Objects.equals(k.text("basis"), event.basis())
						&& mayBeTheSameDay(StatedDate.fromProperties(k.properties(), "givenOn"),
								StatedDate.parse(event.givenOn())))
				.toList());
			case FINANCIAL_RESULT -> same(ofKind.stream()
				.filter((k) -> date.known() ? sameBounds(k, date)
						: k.earliest() == null && normal(k.text("period")).equals(normal(event.period())))
				.toList());
			case STATEMENT -> same(ofKind.stream()
				.filter((k) -> Objects.equals(k.speaker(), speaker)
						&& ((event.quote() != null && k.text("quote") != null)
								? normal(k.text("quote")).equals(normal(event.quote()))
								: normal(k.text("summary")).equals(normal(event.summary())) && overlap(k, date)))
				.toList());
			case ANALYST_PROJECTION -> same(ofKind.stream()
				.filter((k) -> Objects.equals(k.speaker(), speaker)
						&& normal(k.text("measure")).equals(normal(event.measure()))
						&& Objects.equals(k.properties().get("coveringEarliest"),
								StatedDate.parse(event.covering()).earliest())
						&& Objects.equals(k.properties().get("coveringLatest"),
								StatedDate.parse(event.covering()).latest())
						&& sameBounds(k, date))
				.toList());
			case POLICY,
					ESTIMATE ->
				same(ofKind.stream()
					.filter((k) -> sameBounds(k, date) && normal(k.text("title")).equals(normal(event.title())))
					.toList());
			case DEBT_RAISE, HEADCOUNT_CHANGE -> same(ofKind.stream().filter((k) -> sameBounds(k, date)).toList());
		};
	}

	/**
	 * The wave rule. A wave whose dates overlap the incoming date, dated to a month or
	 * finer, is the same wave (the narrowest, if several); else the nearest wave within
	 * the window whose headcount agrees; the other waves within the window are possible
	 * duplicates.
	 */
	static Identified wave(StatedDate date, @Nullable Long headcount, @Nullable String location, List<Known> waves,
			Reconciliation rule) {
		if (!date.known()) {
			return Identified.NEW;
		}
		Known overlapping = waves.stream()
			.filter((w) -> w.earliest() != null && span(w) <= 31 && overlap(w, date)
					&& !elsewhere(headcount, location, w, rule))
			.min(Comparator.comparingLong(EventIdentity::span).thenComparing(Known::id))
			.orElse(null);
		if (overlapping != null) {
			return new Identified(overlapping, List.of());
		}
		List<Known> near = waves.stream()
			.filter((w) -> w.earliest() != null && days(w, date) <= rule.windowDays())
			.sorted(Comparator.comparingLong((Known w) -> days(w, date)).thenComparing(Known::id))
			.toList();
		for (Known w : near) {
			if (rule.sameHeadcount(headcount, w.headcount())) {
				return new Identified(w, List.of());
			}
		}
		return new Identified(null, near);
	}

	/**
	 * Whether a row reports another cut than a wave of its day: another headcount, and
	 * another place, both given.
	 */
	private static boolean elsewhere(@Nullable Long headcount, @Nullable String location, Known wave,
			Reconciliation rule) {
		String there = wave.text("location");
		return headcount != null && wave.headcount() != null && !rule.sameHeadcount(headcount, wave.headcount())
				&& location != null && there != null && !normal(location).equals(normal(there));
	}

	/** Days between a known event's dates and a date; 0 when they overlap. */
	static long days(Known k, StatedDate date) {
		LocalDate kEarliest = Objects.requireNonNull(k.earliest());
		LocalDate kLatest = Objects.requireNonNull(k.latest());
		if (kLatest.isBefore(date.earliest())) {
			return ChronoUnit.DAYS.between(kLatest, date.earliest());
		}
		if (date.latest().isBefore(kEarliest)) {
			return ChronoUnit.DAYS.between(date.latest(), kEarliest);
		}
		return 0;
	}

	private static long span(Known k) {
		return ChronoUnit.DAYS.between(Objects.requireNonNull(k.earliest()), Objects.requireNonNull(k.latest())) + 1;
	}

	private static boolean overlap(Known k, StatedDate date) {
		if (k.earliest() == null || !date.known()) {
			return k.earliest() == null && !date.known();
		}
		return !k.latest().isBefore(date.earliest()) && !date.latest().isBefore(k.earliest());
	}

	private static boolean sameBounds(Known k, StatedDate date) {
		return Objects.equals(k.earliest(), date.earliest()) && Objects.equals(k.latest(), date.latest());
	}

	/** Two statements of a day that may be the same: either unknown, or overlapping. */
	private static boolean mayBeTheSameDay(StatedDate a, StatedDate b) {
		if (!a.known() || !b.known() || a.precision() == DatePrecision.UNKNOWN) {
			return true;
		}
		return !a.latest().isBefore(b.earliest()) && !b.latest().isBefore(a.earliest());
	}

	private static Identified same(List<Known> matches) {
		return matches.isEmpty() ? Identified.NEW
				: new Identified(matches.stream().min(Comparator.comparing(Known::id)).orElseThrow(), List.of());
	}

	private static @Nullable Long number(@Nullable Object value) {
		return (value instanceof Number n) ? n.longValue() : null;
	}

	/** Text compared as words: case, spacing and punctuation do not matter. */
	static String normal(@Nullable String text) {
		return (text == null) ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

}
