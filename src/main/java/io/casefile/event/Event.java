package io.casefile.event;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import io.casefile.date.StatedDate;
import io.casefile.organization.Organization;
import io.casefile.person.Person;
import io.casefile.source.Citation;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened at a time, cited to its sources. Each kind is a record named as its GraphQL type,
 * which is how GraphQL tells them apart.
 */
public sealed interface Event {

	/** The fields every event has. */
	Core core();

	default String id() {
		return core().id();
	}

	default EventKind kind() {
		return core().kind();
	}

	default String title() {
		return core().title();
	}

	default @Nullable String summary() {
		return core().summary();
	}

	default StatedDate date() {
		return core().date();
	}

	default List<Organization> organizations() {
		return core().organizations();
	}

	default List<Citation> citations() {
		return core().citations();
	}

	default @Nullable ZonedDateTime recordedAt() {
		return core().recordedAt();
	}

	/** The key events are ordered and paged by. */
	default String sortKey() {
		return core().sortKey();
	}

	/** The fields every event has. */
	record Core(String id, EventKind kind, String title, @Nullable String summary, StatedDate date,
			List<Organization> organizations, List<Citation> citations, @Nullable ZonedDateTime recordedAt,
			String sortKey) {
	}

	/** An amount of money as the source wrote it. */
	record Money(double value, String currency, @Nullable String text) {
	}

	/** A cited figure. */
	record Figure(String id, String metric, @Nullable String segment, double value, String unit, @Nullable String text,
			boolean approximate, List<Citation> citations) {
	}

	record LayoffWave(Core core, @Nullable Integer headcount, @Nullable String scope,
			StatedDate carriedOutUntil) implements Event {
	}

	/** {@code speaker} is a {@link Person} or an {@link Organization}. */
	record Statement(Core core, Object speaker, @Nullable String quote, @Nullable String venue,
			List<String> topics) implements Event {
	}

	record CapexFigure(Core core, int fiscalYear, String basis, @Nullable Money amount, @Nullable String direction,
			StatedDate givenOn) implements Event {
	}

	record FinancialResult(Core core, String period, String periodKind, StatedDate reportedOn,
			List<Figure> figures) implements Event {
	}

	record DebtRaise(Core core, @Nullable Money amount) implements Event {
	}

	record Policy(Core core, @Nullable Person issuedBy) implements Event {
	}

	record HeadcountChange(Core core, @Nullable String scope, String change, @Nullable Double factor)
			implements Event {
	}

	record AnalystProjection(Core core, Organization analyst, @Nullable String measure, StatedDate covering,
			@Nullable Money amount, @Nullable Double share, @Nullable String shareText) implements Event {
	}

	/** {@code basedOnIds} are resolved to events in one query for all estimates of a request. */
	record Estimate(Core core, @Nullable String method, List<Figure> inputs, Figure result,
			List<String> basedOnIds) implements Event {
	}

	/** Reads an event from the map that {@link EventQueries} projects. */
	static Event fromRow(Map<String, ?> row) {
		return EventRows.event(row);
	}

}
