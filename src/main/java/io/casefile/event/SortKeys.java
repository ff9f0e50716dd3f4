package io.casefile.event;

import java.time.LocalDate;

import io.casefile.date.StatedDate;
import org.jspecify.annotations.Nullable;

/**
 * The key events are ordered and paged by, stored on each event: earliest possible day,
 * then latest, then id; unknown bounds sort last.
 */
public final class SortKeys {

	private SortKeys() {
	}

	public static String of(StatedDate date, String id) {
		return day(date.earliest()) + "|" + day(date.latest()) + "|" + id;
	}

	private static String day(@Nullable LocalDate day) {
		return (day != null) ? day.toString() : "9999-12-31";
	}

}
