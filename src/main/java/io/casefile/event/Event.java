package io.casefile.event;

import java.time.ZonedDateTime;
import java.util.List;

import io.casefile.date.StatedDate;
import io.casefile.organization.Organization;
import io.casefile.person.Person;
import io.casefile.source.Citation;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened at a time, cited to its sources. Each kind is a record named as
 * its GraphQL type, which is how GraphQL tells them apart.
 */
public sealed interface Event {

	// Every kind repeats the common fields as components of its own: GraphQL and Spring's
	// schema inspection
	// read record components, not accessors inherited from an interface.

	String id();

	EventKind kind();

	String title();

	@Nullable String summary();

	StatedDate date();

	List<Organization> organizations();

	List<Citation> citations();

	@Nullable ZonedDateTime recordedAt();

	/** The key events are ordered and paged by. */
	String sortKey();

	/**
	 * An amount of money: {@code exact} is its decimal string, which no client rounds.
	 */
	record Money(double value, String exact, String currency, @Nullable String text) {
	}

	/**
	 * A cited figure; a derived one says how ({@code method}) and from which figures of
	 * the graph.
	 */
	record Figure(String id, String metric, @Nullable String segment, double value, String exact, String unit,
			@Nullable String text, boolean approximate, boolean derived, @Nullable String method,
			List<Figure> derivedFrom, List<Citation> citations) {
	}

	record LayoffWave(String id, EventKind kind, String title, @Nullable String summary, StatedDate date,
			List<Organization> organizations, List<Citation> citations, @Nullable ZonedDateTime recordedAt,
			String sortKey, @Nullable Integer headcount, @Nullable String scope,
			StatedDate carriedOutUntil) implements Event {
	}

	/** {@code speaker} is a {@link Person} or an {@link Organization}. */
	record Statement(String id, EventKind kind, String title, @Nullable String summary, StatedDate date,
			List<Organization> organizations, List<Citation> citations, @Nullable ZonedDateTime recordedAt,
			String sortKey, Object speaker, @Nullable String quote, @Nullable String venue,
			List<String> topics) implements Event {
	}

	record CapexFigure(String id, EventKind kind, String title, @Nullable String summary, StatedDate date,
			List<Organization> organizations, List<Citation> citations, @Nullable ZonedDateTime recordedAt,
			String sortKey, int fiscalYear, String basis, @Nullable Money amount, @Nullable String direction,
			StatedDate givenOn) implements Event {
	}

	record FinancialResult(String id, EventKind kind, String title, @Nullable String summary, StatedDate date,
			List<Organization> organizations, List<Citation> citations, @Nullable ZonedDateTime recordedAt,
			String sortKey, String period, String periodKind, StatedDate reportedOn,
			List<Figure> figures) implements Event {
	}

	record DebtRaise(String id, EventKind kind, String title, @Nullable String summary, StatedDate date,
			List<Organization> organizations, List<Citation> citations, @Nullable ZonedDateTime recordedAt,
			String sortKey, @Nullable Money amount) implements Event {
	}

	record Policy(String id, EventKind kind, String title, @Nullable String summary, StatedDate date,
			List<Organization> organizations, List<Citation> citations, @Nullable ZonedDateTime recordedAt,
			String sortKey, @Nullable Person issuedBy) implements Event {
	}

	record HeadcountChange(String id, EventKind kind, String title, @Nullable String summary, StatedDate date,
			List<Organization> organizations, List<Citation> citations, @Nullable ZonedDateTime recordedAt,
			String sortKey, @Nullable String scope, String change, @Nullable Double factor) implements Event {
	}

	record AnalystProjection(String id, EventKind kind, String title, @Nullable String summary, StatedDate date,
			List<Organization> organizations, List<Citation> citations, @Nullable ZonedDateTime recordedAt,
			String sortKey, Organization analyst, @Nullable String measure, StatedDate covering, @Nullable Money amount,
			@Nullable Double share, @Nullable String shareText) implements Event {
	}

	/**
	 * {@code basedOnIds} are resolved to events in one query for all estimates of a
	 * request.
	 */
	record Estimate(String id, EventKind kind, String title, @Nullable String summary, StatedDate date,
			List<Organization> organizations, List<Citation> citations, @Nullable ZonedDateTime recordedAt,
			String sortKey, @Nullable String method, List<Figure> inputs, Figure result,
			List<String> basedOnIds) implements Event {
	}

}
