package io.casefile.dataset;

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

	/** An organization and the other names it is known by. */
	public record OrganizationEntry(String id, String name, @Nullable List<String> aliases, @Nullable String kind) {
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

	/** An amount of money as the source wrote it. */
	public record AmountEntry(double value, @Nullable String currency, @Nullable String text) {
	}

	/** A share, in percent, as the source wrote it. */
	public record ShareEntry(double value, @Nullable String unit, @Nullable String text) {
	}

	/**
	 * A cited figure: a metric's value for a financial period, or an input or result of
	 * an estimate.
	 */
	public record FigureEntry(String id, String metric, @Nullable String segment, double value, String unit,
			@Nullable String text, @Nullable Boolean approximate, @Nullable List<CitationEntry> citations) {
	}

	/**
	 * The event with another id and organizations: a mutation's event, keyed and with its
	 * organizations' names resolved to ids.
	 */
	public static EventEntry withIdentity(EventEntry e, String id, List<String> organizations) {
		return new EventEntry(id, e.kind(), organizations, e.title(), e.summary(), e.date(), e.headcount(), e.scope(),
				e.carriedOutUntil(), e.speaker(), e.quote(), e.venue(), e.topics(), e.fiscalYear(), e.basis(),
				e.direction(), e.givenOn(), e.amount(), e.period(), e.periodKind(), e.reportedOn(), e.figures(),
				e.issuedBy(), e.change(), e.factor(), e.analyst(), e.measure(), e.covering(), e.share(), e.method(),
				e.basedOn(), e.inputs(), e.result(), e.citations());
	}

	/**
	 * An event of any kind; the fields that a kind does not use stay empty.
	 */
	public record EventEntry(String id, String kind, @Nullable List<String> organizations, String title,
			@Nullable String summary, @Nullable String date,
			// LAYOFF_WAVE
			@Nullable Integer headcount, @Nullable String scope, @Nullable String carriedOutUntil,
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
