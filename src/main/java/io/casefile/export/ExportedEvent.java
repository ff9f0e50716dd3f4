package io.casefile.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An event as {@code export/events.graphql} reads it: the fields every kind has, and the
 * kind's own ones where it has them (null or empty otherwise).
 */
record ExportedEvent(String id, String kind, String title, @Nullable String summary, When date,
		List<Named> organizations, List<Cited> citations, @Nullable Integer headcount, @Nullable String scope,
		@Nullable String quote, @Nullable String venue, @Nullable Speaker speaker, @Nullable Integer fiscalYear,
		@Nullable String basis, @Nullable Money amount, @Nullable String period, @Nullable When reportedOn,
		@Nullable List<Figure> figures, @Nullable Named issuedBy, @Nullable String change, @Nullable Named analyst,
		@Nullable String shareText, @Nullable String method, @Nullable Figure result) {

	ExportedEvent {
		organizations = (organizations != null) ? organizations : List.of();
		citations = (citations != null) ? citations : List.of();
		figures = (figures != null) ? figures : List.of();
	}

	/** A date as its source stated it: the words, the precision, the bounds. */
	record When(@Nullable String text, String precision, @Nullable LocalDate earliest, @Nullable LocalDate latest) {

		boolean known() {
			return this.earliest != null;
		}

		/** The bounds in ISO days: one day, or "first/last" for a range. */
		String bounds() {
			if (this.earliest == null || this.latest == null) {
				return "";
			}
			return this.earliest.equals(this.latest) ? this.earliest.toString() : this.earliest + "/" + this.latest;
		}

	}

	/** An organization or a person: its id and its name. */
	record Named(String id, String name) {
	}

	/**
	 * Who made a statement: a person or an organization ({@code Person},
	 * {@code Organization}).
	 */
	record Speaker(String type, String id, String name) {

		boolean person() {
			return "Person".equals(this.type);
		}

	}

	record Money(double value, String currency, @Nullable String text) {
	}

	record Figure(String metric, double value, String unit, @Nullable String text) {
	}

	/** A citation: what the source says, where, and since when it is on record. */
	record Cited(String excerpt, @Nullable LocalDate knownSince, @Nullable String via, Source source) {
	}

	record Source(String id, @Nullable String title, @Nullable String publisher, @Nullable String url, When publishedOn,
			@Nullable Named author) {

		@Nullable String authorName() {
			return (this.author != null) ? this.author.name() : null;
		}

		/** The source's address when it is a web link a reader may follow. */
		@Nullable String link() {
			return Links.isWeb(this.url) ? this.url : null;
		}

		String label() {
			return (this.title != null && !this.title.isBlank()) ? this.title : (this.url != null) ? this.url : this.id;
		}

	}

	/** The people the event names: a statement's speaker, a policy's issuer. */
	List<Named> people() {
		List<Named> people = new ArrayList<>(2);
		if (this.speaker != null && this.speaker.person()) {
			people.add(new Named(this.speaker.id(), this.speaker.name()));
		}
		if (this.issuedBy != null) {
			people.add(this.issuedBy);
		}
		return people;
	}

	/**
	 * The kind's own fields as "name: value" pairs in a fixed order, for the formats that
	 * show them as text.
	 */
	Map<String, String> facts() {
		Map<String, String> facts = new LinkedHashMap<>();
		put(facts, "headcount",
				(this.headcount != null) ? String.format(java.util.Locale.ROOT, "%,d", this.headcount) : null);
		put(facts, "scope", this.scope);
		put(facts, "change", this.change);
		put(facts, "fiscal year", (this.fiscalYear != null) ? this.fiscalYear.toString() : null);
		put(facts, "basis", this.basis);
		put(facts, "amount", (this.amount != null) ? money(this.amount) : null);
		put(facts, "period", this.period);
		put(facts, "reported", (this.reportedOn != null) ? this.reportedOn.text() : null);
		this.figures
			.forEach((f) -> put(facts, f.metric().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), figure(f)));
		put(facts, "speaker", (this.speaker != null) ? this.speaker.name() : null);
		put(facts, "venue", this.venue);
		put(facts, "issued by", (this.issuedBy != null) ? this.issuedBy.name() : null);
		put(facts, "analyst", (this.analyst != null) ? this.analyst.name() : null);
		put(facts, "share", this.shareText);
		put(facts, "method", this.method);
		put(facts, "result", (this.result != null) ? figure(this.result) : null);
		return facts;
	}

	/** The kind's own fields on one line: "headcount: 14,000; scope: corporate". */
	String factsLine() {
		return String.join("; ", facts().entrySet().stream().map((f) -> f.getKey() + ": " + f.getValue()).toList());
	}

	static String money(Money money) {
		return (money.text() != null) ? money.text() : plain(money.value()) + " " + money.currency();
	}

	static String figure(Figure figure) {
		return (figure.text() != null) ? figure.text() : plain(figure.value()) + " " + figure.unit();
	}

	/** A number without an exponent: 82999000000, not 8.2999E10. */
	static String plain(double value) {
		return new java.math.BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
	}

	private static void put(Map<String, String> facts, String name, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			facts.put(name, value);
		}
	}

}
