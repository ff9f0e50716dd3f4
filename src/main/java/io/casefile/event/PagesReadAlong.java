package io.casefile.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import io.casefile.event.EventController.OwnerPage;
import io.casefile.system.InvalidArgumentException;
import io.casefile.system.ReadAlong;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A page of events read in the statement that finds its owner by id:
 * {@code organization(id:) { timeline }} and {@code person(id:) { statements }} are one
 * statement each. The page is the one the field's own fetcher would read: the same key
 * from the same arguments.
 */
abstract sealed class PagesReadAlong implements ReadAlong permits PagesReadAlong.Timeline, PagesReadAlong.Statements {

	private final String typeName;

	private final String field;

	PagesReadAlong(String typeName, String field) {
		this.typeName = typeName;
		this.field = field;
	}

	@Override
	public String typeName() {
		return this.typeName;
	}

	@Override
	public String field() {
		return this.field;
	}

	/**
	 * The page the arguments and selection ask for; the owner is bound in the statement,
	 * so the key has no id.
	 */
	abstract OwnerPage key(Map<String, Object> arguments, DataFetchingFieldSelectionSet selection);

	/** The subquery that reads the page of the owner bound to {@link #OWNER}. */
	abstract String subquery(EventSelection selection);

	@Override
	public @Nullable Read read(SelectedField selected) {
		OwnerPage key;
		try {
			key = key(selected.getArguments(), selected.getSelectionSet());
		}
		catch (InvalidArgumentException ex) {
			// The field's own fetcher refuses them, at the field's path.
			return null;
		}
		return new Read(subquery(key.selection()), EventQueries.parameters(key.filter(), key.page()),
				(page) -> key.page().connection(EventQueries.events(page), Event::sortKey));
	}

	/** An organization's timeline. */
	@Component
	static final class Timeline extends PagesReadAlong {

		Timeline() {
			super("Organization", "timeline");
		}

		@Override
		OwnerPage key(Map<String, Object> arguments, DataFetchingFieldSelectionSet selection) {
			return EventController.timelineKey("", kinds(arguments.get("kinds")), (LocalDate) arguments.get("from"),
					(LocalDate) arguments.get("to"), (LocalDate) arguments.get("asOf"),
					(Integer) arguments.get("first"), (String) arguments.get("after"), selection);
		}

		@Override
		String subquery(EventSelection selection) {
			return EventQueries.timelineOf(OWNER, selection, COLUMN);
		}

		private static @Nullable List<EventKind> kinds(@Nullable Object kinds) {
			if (kinds == null) {
				return null;
			}
			return ((List<?>) kinds).stream()
				.map((kind) -> (kind instanceof EventKind known) ? known : EventKind.valueOf(String.valueOf(kind)))
				.toList();
		}

	}

	/** A person's statements. */
	@Component
	static final class Statements extends PagesReadAlong {

		Statements() {
			super("Person", "statements");
		}

		@Override
		OwnerPage key(Map<String, Object> arguments, DataFetchingFieldSelectionSet selection) {
			return EventController.statementsKey("", (String) arguments.get("topic"), (LocalDate) arguments.get("asOf"),
					(Integer) arguments.get("first"), (String) arguments.get("after"), selection);
		}

		@Override
		String subquery(EventSelection selection) {
			return EventQueries.statementsOf(OWNER, selection, COLUMN);
		}

	}

}
