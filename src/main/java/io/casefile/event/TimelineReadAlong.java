package io.casefile.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import graphql.schema.SelectedField;
import io.casefile.event.EventController.OwnerPage;
import io.casefile.organization.ReadAlong;
import io.casefile.system.InvalidArgumentException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * An organization's timeline read in the statement that finds the organization by id:
 * {@code organization(id:) { timeline { ... } }} is one statement.
 */
@Component
class TimelineReadAlong implements ReadAlong {

	@Override
	public String field() {
		return "timeline";
	}

	@Override
	public @Nullable Read read(SelectedField selected) {
		Map<String, Object> arguments = selected.getArguments();
		OwnerPage key;
		try {
			// The organization is bound in the statement: no id for the key.
			key = EventController.timelineKey("", kinds(arguments.get("kinds")), (LocalDate) arguments.get("from"),
					(LocalDate) arguments.get("to"), (LocalDate) arguments.get("asOf"),
					(Integer) arguments.get("first"), (String) arguments.get("after"), selected.getSelectionSet());
		}
		catch (InvalidArgumentException ex) {
			// The timeline's own fetcher refuses them, at the timeline's path.
			return null;
		}
		return new Read(EventQueries.timelineOf(ORGANIZATION, key.selection(), COLUMN),
				EventQueries.parameters(key.filter(), key.page()),
				(page) -> key.page().connection(EventQueries.events(page), Event::sortKey));
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
