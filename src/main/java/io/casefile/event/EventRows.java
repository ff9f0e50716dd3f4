package io.casefile.event;

import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.casefile.date.StatedDate;
import io.casefile.event.Event.AnalystProjection;
import io.casefile.event.Event.CapexFigure;
import io.casefile.event.Event.DebtRaise;
import io.casefile.event.Event.Estimate;
import io.casefile.event.Event.FinancialResult;
import io.casefile.event.Event.Figure;
import io.casefile.event.Event.HeadcountChange;
import io.casefile.event.Event.LayoffWave;
import io.casefile.event.Event.Money;
import io.casefile.event.Event.Policy;
import io.casefile.event.Event.Statement;
import io.casefile.organization.Organization;
import io.casefile.person.Person;
import io.casefile.source.Citation;
import org.jspecify.annotations.Nullable;

/**
 * Turns the maps that {@link EventQueries#projection} returns into event records. Lists a
 * request did not select are absent and read as empty, and so are the properties a list
 * of events does not show when the request selects none of them
 * ({@link EventSelection#properties}): they read as unknown. GraphQL never reads them.
 * The projection's lists come unordered; they are put in order here: organizations by
 * name, figures by id, an estimate's bases by their place on the timeline.
 */
@SuppressWarnings("unchecked")
public final class EventRows {

	private EventRows() {
	}

	/** Reads an event from the map that {@link EventQueries#PROJECTION} returns. */
	public static Event event(Map<String, ?> row) {
		Core core = new Core(string(row, "id"), EventKind.valueOf(string(row, "kind")), string(row, "title"),
				(String) row.get("summary"), StatedDate.fromProperties(row, "date"),
				inOrderOf(row.get("organizations"), "name").stream().map(Organization::fromRow).toList(),
				Citation.listFrom(row.get("citations")), (ZonedDateTime) row.get("recordedAt"), string(row, "sortKey"));
		return switch (core.kind()) {
			case LAYOFF_WAVE -> new LayoffWave(core.id(), core.kind(), core.title(), core.summary(), core.date(),
					core.organizations(), core.citations(), core.recordedAt(), core.sortKey(),
					integer(row.get("headcount")), (String) row.get("scope"), StatedDate.fromProperties(row, "until"));
			case STATEMENT -> new Statement(core.id(), core.kind(), core.title(), core.summary(), core.date(),
					core.organizations(), core.citations(), core.recordedAt(), core.sortKey(),
					speaker((Map<String, ?>) row.get("speaker")), (String) row.get("quote"), (String) row.get("venue"),
					(row.get("topics") != null) ? (List<String>) row.get("topics") : List.of());
			case CAPEX -> new CapexFigure(core.id(), core.kind(), core.title(), core.summary(), core.date(),
					core.organizations(), core.citations(), core.recordedAt(), core.sortKey(),
					((Number) row.get("fiscalYear")).intValue(), string(row, "basis"), money(row),
					(String) row.get("direction"), StatedDate.fromProperties(row, "givenOn"));
			case FINANCIAL_RESULT -> new FinancialResult(core.id(), core.kind(), core.title(), core.summary(),
					core.date(), core.organizations(), core.citations(), core.recordedAt(), core.sortKey(),
					string(row, "period"), (row.get("periodKind") != null) ? string(row, "periodKind") : "UNSTATED",
					StatedDate.fromProperties(row, "reportedOn"), figures(row.get("figures")));
			case DEBT_RAISE -> new DebtRaise(core.id(), core.kind(), core.title(), core.summary(), core.date(),
					core.organizations(), core.citations(), core.recordedAt(), core.sortKey(), money(row));
			case POLICY -> new Policy(core.id(), core.kind(), core.title(), core.summary(), core.date(),
					core.organizations(), core.citations(), core.recordedAt(), core.sortKey(),
					(row.get("issuedBy") != null) ? Person.fromRow((Map<String, ?>) row.get("issuedBy")) : null);
			case HEADCOUNT_CHANGE -> new HeadcountChange(core.id(), core.kind(), core.title(), core.summary(),
					core.date(), core.organizations(), core.citations(), core.recordedAt(), core.sortKey(),
					(String) row.get("scope"), string(row, "change"), decimal(row.get("factor")));
			case ANALYST_PROJECTION -> new AnalystProjection(core.id(), core.kind(), core.title(), core.summary(),
					core.date(), core.organizations(), core.citations(), core.recordedAt(), core.sortKey(),
					Organization.fromRow((Map<String, ?>) row.get("analyst")), (String) row.get("measure"),
					StatedDate.fromProperties(row, "covering"), money(row), decimal(row.get("shareValue")),
					(String) row.get("shareText"));
			case ESTIMATE -> new Estimate(core.id(), core.kind(), core.title(), core.summary(), core.date(),
					core.organizations(), core.citations(), core.recordedAt(), core.sortKey(),
					(String) row.get("method"), figures(row.get("inputs")), figure((Map<String, ?>) row.get("result")),
					inOrderOf(row.get("basedOn"), "sortKey").stream().map((basis) -> string(basis, "id")).toList());
		};
	}

	/** The fields every event has, read once and passed to each kind's record. */
	private record Core(String id, EventKind kind, String title, @Nullable String summary, StatedDate date,
			List<Organization> organizations, List<Citation> citations, @Nullable ZonedDateTime recordedAt,
			String sortKey) {
	}

	static Figure figure(Map<String, ?> row) {
		double value = ((Number) row.get("value")).doubleValue();
		Object exact = row.get("exact");
		return new Figure(string(row, "id"), string(row, "metric"), (String) row.get("segment"), value,
				(exact != null) ? (String) exact : exact(value), string(row, "unit"), (String) row.get("text"),
				Boolean.TRUE.equals(row.get("approximate")), Boolean.TRUE.equals(row.get("derived")),
				(String) row.get("method"), figures(row.get("derivedFrom")), Citation.listFrom(row.get("citations")));
	}

	private static List<Figure> figures(@Nullable Object rows) {
		return inOrderOf(rows, "id").stream().map(EventRows::figure).toList();
	}

	private static Object speaker(Map<String, ?> row) {
		return Boolean.TRUE.equals(row.get("person")) ? Person.fromRow(row) : Organization.fromRow(row);
	}

	private static @Nullable Money money(Map<String, ?> row) {
		Object amount = row.get("amount");
		if (amount == null) {
			return null;
		}
		Object currency = row.get("currency");
		double value = ((Number) amount).doubleValue();
		Object exact = row.get("amountExact");
		return new Money(value, (exact != null) ? (String) exact : exact(value),
				(currency != null) ? (String) currency : "USD", (String) row.get("amountText"));
	}

	/**
	 * The decimal string of a value stored before exact strings were: as it was stored.
	 */
	private static String exact(double value) {
		return new java.math.BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
	}

	/** A list of the projection, ordered by one of its maps' text fields. */
	private static List<Map<String, ?>> inOrderOf(@Nullable Object rows, String key) {
		return maps(rows).stream().sorted(Comparator.comparing((Map<String, ?> row) -> string(row, key))).toList();
	}

	private static List<Map<String, ?>> maps(@Nullable Object rows) {
		return (rows != null) ? (List<Map<String, ?>>) rows : List.of();
	}

	private static String string(Map<String, ?> row, String key) {
		return (String) java.util.Objects.requireNonNull(row.get(key), key);
	}

	private static @Nullable Integer integer(@Nullable Object value) {
		return (value != null) ? ((Number) value).intValue() : null;
	}

	private static @Nullable Double decimal(@Nullable Object value) {
		return (value != null) ? ((Number) value).doubleValue() : null;
	}

}
