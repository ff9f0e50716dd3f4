package io.casefile.recording;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import io.casefile.date.StatedDate;
import io.casefile.event.SortKeys;
import io.casefile.recording.Facts.AmountFact;
import io.casefile.recording.Facts.EventFact;
import io.casefile.recording.Facts.FigureFact;
import io.casefile.recording.Facts.SourceFact;
import org.jspecify.annotations.Nullable;

/**
 * What the graph stores of a fact: a node's properties, and what each citation claims.
 * Dates are five properties each (text, precision, part, earliest, latest); money is its
 * value as a number (for ordering and sums) and exactly, as a decimal string.
 */
final class FactProperties {

	private FactProperties() {
	}

	/** The properties of a new event node. */
	static Map<String, Object> event(EventFact e, String id) {
		StatedDate date = StatedDate.parse(e.date());
		Map<String, @Nullable Object> props = new LinkedHashMap<>();
		props.put("id", id);
		props.put("kind", e.kind().name());
		props.put("title", e.title());
		props.put("summary", e.summary());
		props.put("sortKey", SortKeys.of(date, id));
		date.toProperties("date", props);
		switch (e.kind()) {
			case LAYOFF_WAVE -> {
				props.put("headcount", e.headcount());
				props.put("scope", e.scope());
				props.put("percentage", e.percentage());
				props.put("location", e.location());
				props.put("industry", e.industry());
				props.put("country", e.country());
				StatedDate.parse(e.carriedOutUntil()).toProperties("until", props);
			}
			case STATEMENT -> {
				props.put("quote", e.quote());
				props.put("venue", e.venue());
				props.put("topics", e.topics());
			}
			case CAPEX -> {
				props.put("fiscalYear", e.fiscalYear());
				props.put("basis", e.basis());
				props.put("direction", e.direction());
				amount(e.amount(), "amount", props);
				StatedDate.parse(e.givenOn()).toProperties("givenOn", props);
			}
			case FINANCIAL_RESULT -> {
				props.put("period", e.period());
				props.put("periodKind", e.periodKind());
				StatedDate.parse(e.reportedOn()).toProperties("reportedOn", props);
			}
			case DEBT_RAISE -> amount(e.amount(), "amount", props);
			case POLICY -> {
				// Who issued it is a link.
			}
			case HEADCOUNT_CHANGE -> {
				props.put("scope", e.scope());
				props.put("change", e.change());
				props.put("factor", e.factor());
			}
			case ANALYST_PROJECTION -> {
				amount(e.amount(), "amount", props);
				props.put("measure", e.measure());
				props.put("shareValue", (e.share() != null) ? e.share().value() : null);
				props.put("shareText", (e.share() != null) ? e.share().text() : null);
				StatedDate.parse(e.covering()).toProperties("covering", props);
			}
			case ESTIMATE -> props.put("method", e.method());
		}
		return withoutNulls(props);
	}

	/**
	 * What a source citing the event claims: the event's headcount, date and amount as
	 * this door gives them, so that where sources disagree, each one's words are kept.
	 */
	static Map<String, Object> eventClaim(EventFact e) {
		Map<String, @Nullable Object> claim = new LinkedHashMap<>();
		claim.put("claimedHeadcount", e.headcount());
		StatedDate date = StatedDate.parse(e.date());
		if (date.known()) {
			date.toProperties("claimedDate", claim);
		}
		if (e.amount() != null) {
			claimedAmount(e.amount().value(), e.amount().text(), "claimedAmount", claim);
		}
		return withoutNulls(claim);
	}

	/** A financial result's report date, as properties. */
	static Map<String, Object> reportedOn(EventFact e) {
		Map<String, @Nullable Object> props = new LinkedHashMap<>();
		StatedDate.parse(e.reportedOn()).toProperties("reportedOn", props);
		return withoutNulls(props);
	}

	/** The properties of a new figure node. */
	static Map<String, Object> figure(FigureFact f, String id) {
		Map<String, @Nullable Object> props = new LinkedHashMap<>();
		props.put("id", id);
		props.put("metric", f.metric());
		props.put("segment", f.segment());
		props.put("value", f.value().doubleValue());
		props.put("exact", f.value().toPlainString());
		props.put("unit", f.unit());
		props.put("text", f.text());
		props.put("approximate", f.approximate());
		props.put("method", f.method());
		props.put("derived", f.derived());
		return withoutNulls(props);
	}

	/** What a source citing a figure claims: its value, in its words. */
	static Map<String, Object> figureClaim(FigureFact f) {
		Map<String, @Nullable Object> claim = new LinkedHashMap<>();
		claimedAmount(f.value(), f.text(), "claimedValue", claim);
		return withoutNulls(claim);
	}

	/** The properties of a new source node (or what a known one learns). */
	static Map<String, Object> source(SourceFact s, String id) {
		Map<String, @Nullable Object> props = new LinkedHashMap<>();
		props.put("id", id);
		props.put("title", s.title());
		props.put("publisher", s.publisher());
		props.put("url", (s.url() != null) ? s.url().strip() : null);
		props.put("accession", s.accession());
		StatedDate.parse(s.publishedOn()).toProperties("published", props);
		return withoutNulls(props);
	}

	private static void amount(@Nullable AmountFact amount, String prefix, Map<String, @Nullable Object> props) {
		if (amount == null) {
			return;
		}
		props.put(prefix, amount.value().doubleValue());
		props.put(prefix + "Exact", amount.value().toPlainString());
		props.put("currency", (amount.currency() != null) ? amount.currency() : "USD");
		props.put(prefix + "Text", amount.text());
	}

	/** A claimed amount: its value, exact, in words, and what the words can mean. */
	private static void claimedAmount(BigDecimal value, @Nullable String text, String prefix,
			Map<String, @Nullable Object> claim) {
		BigDecimal[] interval = AmountPrecision.interval(value, text);
		claim.put(prefix, value.doubleValue());
		claim.put(prefix + "Exact", value.toPlainString());
		claim.put(prefix + "Text", text);
		claim.put(prefix + "Low", interval[0].doubleValue());
		claim.put(prefix + "High", interval[1].doubleValue());
	}

	static Map<String, Object> withoutNulls(Map<String, @Nullable Object> props) {
		Map<String, Object> clean = new LinkedHashMap<>();
		props.forEach((key, value) -> {
			if (value != null) {
				clean.put(key, value);
			}
		});
		return clean;
	}

	/** Whether two values of a property are the same, numbers compared as numbers. */
	static boolean same(@Nullable Object a, @Nullable Object b) {
		if (a instanceof Number x && b instanceof Number y) {
			return x.doubleValue() == y.doubleValue();
		}
		return Objects.equals(a, b);
	}

}
