package io.casefile.dataset;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A dataset file in Casefile's own format ({@code casefile/1}): sources, entities and
 * events, each fact with the citations that support it. Ids are the file author's stable
 * keys: writing the same dataset twice changes nothing.
 */
public record Dataset(String format, String dataset, @Nullable List<SourceEntry> sources,
		@Nullable List<OrganizationEntry> organizations, @Nullable List<PersonEntry> people,
		@Nullable List<RoleEntry> roles, @Nullable List<ProjectEntry> projects, @Nullable List<EventEntry> events) {

	public static final String FORMAT = "casefile/1";

	public Dataset {
		sources = (sources != null) ? sources : List.of();
		organizations = (organizations != null) ? organizations : List.of();
		people = (people != null) ? people : List.of();
		roles = (roles != null) ? roles : List.of();
		projects = (projects != null) ? projects : List.of();
		events = (events != null) ? events : List.of();
	}

	/** A document facts come from; {@code author} is a person's id. */
	public record SourceEntry(String id, @Nullable String title, @Nullable String author, @Nullable String publisher,
			@Nullable String publishedOn, @Nullable String url) {
	}

	/**
	 * An organization, the other names it is known by, its identifiers and its cited
	 * attributes.
	 */
	public record OrganizationEntry(String id, String name, @Nullable List<String> aliases, @Nullable String kind,
			@Nullable List<IdentifierEntry> identifiers, @Nullable List<AttributeEntry> attributes) {

		public OrganizationEntry(String id, String name, @Nullable List<String> aliases, @Nullable String kind) {
			this(id, name, aliases, kind, null, null);
		}

	}

	/**
	 * An identifier: {@code TICKER}, {@code CIK}, {@code LEI}, {@code WIKIDATA} or
	 * {@code DOMAIN}, its value, a ticker's exchange, and the sources that give it.
	 */
	public record IdentifierEntry(String type, String value, @Nullable String exchange,
			@Nullable List<CitationEntry> citations) {
	}

	/**
	 * An attribute: {@code SECTOR}, {@code INDUSTRY}, {@code HEADQUARTERS} or
	 * {@code COUNTRY}, and its value, cited.
	 */
	public record AttributeEntry(String name, String value, @Nullable List<CitationEntry> citations) {
	}

	/** A person. */
	public record PersonEntry(String id, String name) {
	}

	/**
	 * A person's title at an organization, from when until when, as a source states it.
	 */
	public record RoleEntry(String id, String person, String organization, String title, @Nullable String from,
			@Nullable String until, @Nullable List<CitationEntry> citations) {
	}

	/** A project an organization builds. */
	public record ProjectEntry(String id, String name, @Nullable String organization, @Nullable String description,
			@Nullable Long chips, @Nullable String chipModel, @Nullable List<CitationEntry> citations) {
	}

	/**
	 * Where a fact comes from: a source's id and the sentence of it that says the fact.
	 */
	public record CitationEntry(String source, String excerpt) {
	}

	/** An amount of money as the source wrote it; exact, in units of the currency. */
	public record AmountEntry(BigDecimal value, @Nullable String currency, @Nullable String text) {
	}

	/** A share, in percent, as the source wrote it. */
	public record ShareEntry(double value, @Nullable String unit, @Nullable String text) {
	}

	/**
	 * A cited figure: a metric's value for a financial period, or an input or result of
	 * an estimate.
	 */
	public record FigureEntry(@Nullable String id, String metric, @Nullable String segment, BigDecimal value,
			String unit, @Nullable String text, @Nullable Boolean approximate,
			@Nullable List<CitationEntry> citations) {
	}

	/**
	 * An event of any kind; the fields that a kind does not use stay empty.
	 */
	public record EventEntry(@Nullable String id, String kind, @Nullable List<String> organizations, String title,
			@Nullable String summary, @Nullable String date,
			// LAYOFF_WAVE
			@Nullable Long headcount, @Nullable String scope, @Nullable String carriedOutUntil,
			// STATEMENT
			@Nullable String speaker, @Nullable String quote, @Nullable String venue, @Nullable List<String> topics,
			// CAPEX
			@Nullable Integer fiscalYear, @Nullable String basis, @Nullable String direction, @Nullable String givenOn,
			// CAPEX, DEBT_RAISE, ANALYST_PROJECTION
			@Nullable AmountEntry amount,
			// FINANCIAL_RESULT
			@Nullable String period, @Nullable String periodKind, @Nullable String reportedOn,
			@Nullable List<FigureEntry> figures,
			// POLICY
			@Nullable String issuedBy,
			// HEADCOUNT_CHANGE (and scope)
			@Nullable String change, @Nullable Double factor,
			// ANALYST_PROJECTION
			@Nullable String analyst, @Nullable String measure, @Nullable String covering, @Nullable ShareEntry share,
			// ESTIMATE
			@Nullable String method, @Nullable List<String> basedOn, @Nullable List<FigureEntry> inputs,
			@Nullable FigureEntry result, @Nullable List<CitationEntry> citations) {
	}

}
