package io.casefile.event;

import java.time.LocalDate;
import java.util.List;

import io.casefile.system.InvalidArgumentException;
import org.jspecify.annotations.Nullable;

/**
 * Which events of a timeline to list: kinds, a date range on the bounds, a topic for
 * statements.
 *
 * @param kinds only these kinds, or all when null
 * @param from only events whose latest possible day is on or after this day
 * @param to only events whose earliest possible day is on or before this day
 * @param topic only statements about this topic
 * @param asOf only what was known on this day: events some source had reported by then,
 * with those sources only
 */
record EventFilter(@Nullable List<EventKind> kinds, @Nullable LocalDate from, @Nullable LocalDate to,
		@Nullable String topic, @Nullable LocalDate asOf) {

	EventFilter {
		InvalidArgumentException.requireOrdered(from, to);
		if (kinds != null && kinds.isEmpty()) {
			kinds = null;
		}
	}

}
