package io.casefile.recording;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.casefile.event.EventKind;
import io.casefile.organization.OrganizationIdentifier;
import org.jspecify.annotations.Nullable;

/**
 * The facts a door hands to the {@link Recorder}, whatever format they came in: a
 * dataset's entries, a tracker's rows, a filing's figures, a mutation's input. Each fact
 * knows where it came from ({@code where}: "line 12", "events[3] (acme-layoffs)") so that
 * a problem names its place. A fact refers to another by a <em>reference</em>: the id of
 * a fact of the same recording, an id in the graph, an identifier written
 * {@code cik:1018724}, or a name.
 */
public final class Facts {

	private Facts() {
	}

	/**
	 * A document facts come from. It is one source whoever brings it: found by its
	 * address, else by its id.
	 *
	 * @param id the file's or the graph's id; made from the address (else title and day)
	 * when left out
	 * @param author a person's reference
	 * @param accession a filing's accession number, for sources that are SEC filings
	 */
	public record SourceFact(String where, @Nullable String id, @Nullable String title, @Nullable String author,
			@Nullable String publisher, @Nullable String publishedOn, @Nullable String url,
			@Nullable String accession) {
	}

	/**
	 * An organization: its name, the other names it goes by, its identifiers and cited
	 * attributes. It is the organization the graph knows by that id, identifier or name
	 * (normalised) when there is one.
	 */
	public record OrganizationFact(String where, @Nullable String id, String name, List<String> aliases,
			@Nullable String kind, List<IdentifierFact> identifiers, List<AttributeFact> attributes) {

		public OrganizationFact {
			aliases = List.copyOf(aliases);
			identifiers = List.copyOf(identifiers);
			attributes = List.copyOf(attributes);
		}

	}

	/** An identifier of an organization, with the sources that give it (if any). */
	public record IdentifierFact(OrganizationIdentifier identifier, List<CitationFact> citations) {
	}

	/** What an organization is, as a list says it: its sector, where it is based. */
	public enum Attribute {

		/** Its sector, such as GICS's "Consumer Discretionary". */
		SECTOR,
		/** Its industry. */
		INDUSTRY,
		/** Where it has its headquarters. */
		HEADQUARTERS,
		/** The country it is based in. */
		COUNTRY

	}

	/** An attribute's value, cited like any fact. */
	public record AttributeFact(Attribute attribute, String value, List<CitationFact> citations) {
	}

	/** A person. */
	public record PersonFact(String where, @Nullable String id, String name) {
	}

	/** A person's title at an organization, from when until when, cited. */
	public record RoleFact(String where, @Nullable String id, String person, String organization, String title,
			@Nullable String from, @Nullable String until, List<CitationFact> citations) {
	}

	/** A project an organization builds, cited. */
	public record ProjectFact(String where, @Nullable String id, String name, @Nullable String organization,
			@Nullable String description, @Nullable Long chips, @Nullable String chipModel,
			List<CitationFact> citations) {
	}

	/**
	 * Where a fact comes from: a source (a reference to a source of the recording or the
	 * graph) and the sentence of it that says the fact; for a tracker's row or a filing,
	 * the day it was on record.
	 */
	public record CitationFact(String source, String excerpt, @Nullable LocalDate knownSince) {

		public CitationFact(String source, String excerpt) {
			this(source, excerpt, null);
		}

	}

	/**
	 * An amount of money as the source wrote it; {@code value} is exact, in units of the
	 * currency.
	 */
	public record AmountFact(BigDecimal value, @Nullable String currency, @Nullable String text) {
	}

	/** A share, in percent, as the source wrote it. */
	public record ShareFact(double value, @Nullable String text) {
	}

	/**
	 * A cited figure: a metric's value in a financial period, or an input or result of an
	 * estimate. A derived figure (a quarter computed from year-to-date figures, free cash
	 * flow from operating cash flow and capital expenditure) says how ({@code method})
	 * and from which figures of the same recording ({@code inputs}, their ids): its
	 * citations are theirs.
	 */
	public record FigureFact(@Nullable String id, String metric, @Nullable String segment, BigDecimal value,
			String unit, @Nullable String text, boolean approximate, @Nullable String method, List<String> inputs,
			List<CitationFact> citations) {

		public FigureFact {
			inputs = List.copyOf(inputs);
			citations = List.copyOf(citations);
		}

		/**
		 * Whether it was computed (from other figures, or as a filing's year-to-date
		 * figures' difference) rather than read in a source.
		 */
		public boolean derived() {
			return !this.inputs.isEmpty() || this.method != null;
		}

	}

	/**
	 * An event of any kind, with the fields its kind uses; the others stay null. Its
	 * citations each claim the event's values as given here: the headcount, the date, the
	 * amount.
	 */
	public record EventFact(String where, @Nullable String id, EventKind kind, List<String> organizations, String title,
			@Nullable String summary, @Nullable String date,
			// LAYOFF_WAVE
			@Nullable Long headcount, @Nullable String scope, @Nullable String carriedOutUntil,
			// STATEMENT
			@Nullable String speaker, @Nullable String quote, @Nullable String venue, List<String> topics,
			// CAPEX
			@Nullable Integer fiscalYear, @Nullable String basis, @Nullable String direction, @Nullable String givenOn,
			// CAPEX, DEBT_RAISE, ANALYST_PROJECTION
			@Nullable AmountFact amount,
			// FINANCIAL_RESULT
			@Nullable String period, @Nullable String periodKind, @Nullable String reportedOn, List<FigureFact> figures,
			// POLICY
			@Nullable String issuedBy,
			// HEADCOUNT_CHANGE (and scope)
			@Nullable String change, @Nullable Double factor,
			// ANALYST_PROJECTION
			@Nullable String analyst, @Nullable String measure, @Nullable String covering, @Nullable ShareFact share,
			// ESTIMATE
			@Nullable String method, List<String> basedOn, List<FigureFact> inputs, @Nullable FigureFact result,
			// LAYOFF_WAVE from trackers: what the row says besides
			@Nullable Double percentage, @Nullable String location, @Nullable String industry, @Nullable String country,
			List<CitationFact> citations) {

		public EventFact {
			organizations = List.copyOf(organizations);
			topics = List.copyOf(topics);
			figures = List.copyOf(figures);
			basedOn = List.copyOf(basedOn);
			inputs = List.copyOf(inputs);
			citations = List.copyOf(citations);
		}

		/** A layoff wave: the fields a tracker's row gives. */
		public static EventFact layoffWave(String where, @Nullable String id, String organization, String title,
				String date, @Nullable Long headcount, @Nullable Double percentage, @Nullable String location,
				@Nullable String industry, @Nullable String country, List<CitationFact> citations) {
			return new EventFact(where, id, EventKind.LAYOFF_WAVE, List.of(organization), title, null, date, headcount,
					null, null, null, null, null, List.of(), null, null, null, null, null, null, null, null, List.of(),
					null, null, null, null, null, null, null, null, List.of(), List.of(), null, percentage, location,
					industry, country, citations);
		}

		/** A financial period's result: its figures, and when it was reported. */
		public static EventFact financialResult(String where, @Nullable String id, String organization, String title,
				String date, String period, String periodKind, @Nullable String reportedOn, List<FigureFact> figures,
				List<CitationFact> citations) {
			return new EventFact(where, id, EventKind.FINANCIAL_RESULT, List.of(organization), title, null, date, null,
					null, null, null, null, null, List.of(), null, null, null, null, null, period, periodKind,
					reportedOn, figures, null, null, null, null, null, null, null, null, List.of(), List.of(), null,
					null, null, null, null, citations);
		}

		/** A capex figure for a fiscal year: guidance or actual, its amount. */
		public static EventFact capex(String where, @Nullable String id, String organization, String title, String date,
				int fiscalYear, String basis, @Nullable String givenOn, AmountFact amount,
				List<CitationFact> citations) {
			return new EventFact(where, id, EventKind.CAPEX, List.of(organization), title, null, date, null, null, null,
					null, null, null, List.of(), fiscalYear, basis, null, givenOn, amount, null, null, null, List.of(),
					null, null, null, null, null, null, null, null, List.of(), List.of(), null, null, null, null, null,
					citations);
		}

		/** The same event with another id and other references to organizations. */
		public EventFact with(@Nullable String id, List<String> organizations) {
			return new EventFact(this.where, id, this.kind, organizations, this.title, this.summary, this.date,
					this.headcount, this.scope, this.carriedOutUntil, this.speaker, this.quote, this.venue, this.topics,
					this.fiscalYear, this.basis, this.direction, this.givenOn, this.amount, this.period,
					this.periodKind, this.reportedOn, this.figures, this.issuedBy, this.change, this.factor,
					this.analyst, this.measure, this.covering, this.share, this.method, this.basedOn, this.inputs,
					this.result, this.percentage, this.location, this.industry, this.country, this.citations);
		}

	}

}
