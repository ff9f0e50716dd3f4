package io.casefile.question;

import io.casefile.system.Page;
import org.jspecify.annotations.Nullable;

/**
 * How a list of events is ordered, and how a cursor continues it: by date (the events'
 * sort key) or by a number, ties by date. Events without the number come last either way.
 */
enum EventOrdering {

	DATE_ASC("e.sortKey", "ASC"), DATE_DESC("e.sortKey", "DESC"),
	HEADCOUNT_ASC("coalesce(e.headcount, 1.0e308)", "ASC"), HEADCOUNT_DESC("coalesce(e.headcount, -1.0e308)", "DESC"),
	AMOUNT_ASC("coalesce(e.amount, 1.0e308)", "ASC"), AMOUNT_DESC("coalesce(e.amount, -1.0e308)", "DESC");

	private final String value;

	private final String direction;

	EventOrdering(String value, String direction) {
		this.value = value;
		this.direction = direction;
	}

	static EventOrdering of(@Nullable EventOrder order) {
		if (order == null) {
			return DATE_ASC;
		}
		return valueOf(order.field() + "_" + ((order.direction() != null) ? order.direction() : "ASC"));
	}

	String value() {
		return this.value;
	}

	String direction() {
		return this.direction;
	}

	boolean byDate() {
		return this.value.equals("e.sortKey");
	}

	/**
	 * The condition that an event comes after the cursor's ({@code $afterValue},
	 * {@code $after}).
	 */
	String keyset() {
		if (byDate()) {
			return "e.sortKey " + (this.direction.equals("ASC") ? ">" : "<") + " $after";
		}
		String beyond = this.direction.equals("ASC") ? ">" : "<";
		return "(" + this.value + " " + beyond + " $afterValue OR (" + this.value
				+ " = $afterValue AND e.sortKey > $after))";
	}

	/** The sort key a cursor stands for. */
	String sortKey(Object orderValue, String eventSortKey) {
		return byDate() ? eventSortKey
				: new Page.NumberedKey(((Number) orderValue).doubleValue(), eventSortKey).toString();
	}

	/** The value part of a decoded cursor, or null when ordered by date. */
	@Nullable Double afterValue(@Nullable String after) {
		return (after == null || byDate()) ? null : Page.NumberedKey.parse(after).value();
	}

	/** The event sort key part of a decoded cursor. */
	@Nullable String afterKey(@Nullable String after) {
		return (after == null || byDate()) ? after : Page.NumberedKey.parse(after).key();
	}

	/** The schema's {@code EventOrder}. */
	record EventOrder(String field, @Nullable String direction) {
	}

}
