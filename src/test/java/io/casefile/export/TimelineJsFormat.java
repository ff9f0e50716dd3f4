package io.casefile.export;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * TimelineJS's JSON format as Knight Lab documents it
 * (https://timeline.knightlab.com/docs/json-format.html): the fields each object may
 * have, which are required, and what their values may be. {@link #problems} lists every
 * way a file departs from it.
 */
final class TimelineJsFormat {

	private static final Set<String> TIMELINE = Set.of("events", "title", "eras", "scale");

	private static final Set<String> SLIDE = Set.of("start_date", "end_date", "text", "media", "group", "display_date",
			"background", "autolink", "unique_id");

	private static final Set<String> DATE = Set.of("year", "month", "day", "hour", "minute", "second", "millisecond",
			"display_date", "format");

	private static final Set<String> TEXT = Set.of("headline", "text");

	private TimelineJsFormat() {
	}

	static List<String> problems(JsonNode timeline) {
		List<String> problems = new ArrayList<>();
		keys(timeline, TIMELINE, "timeline", problems);
		if (!timeline.path("events").isArray()) {
			problems.add("events is required and is a list of slides");
		}
		if (timeline.has("scale") && !List.of("human", "cosmological").contains(timeline.get("scale").asString())) {
			problems.add("scale is human or cosmological");
		}
		if (timeline.has("title")) {
			slide(timeline.get("title"), "title", false, problems);
		}
		Set<String> ids = new HashSet<>();
		int i = 0;
		for (JsonNode slide : timeline.path("events")) {
			slide(slide, "events[" + i++ + "]", true, problems);
			if (slide.has("unique_id") && !ids.add(slide.get("unique_id").asString())) {
				problems.add("unique_id " + slide.get("unique_id") + " is used twice");
			}
		}
		return problems;
	}

	private static void slide(JsonNode slide, String where, boolean needsDate, List<String> problems) {
		keys(slide, SLIDE, where, problems);
		if (needsDate && !slide.has("start_date")) {
			problems.add(where + ": start_date is required");
		}
		if (slide.has("start_date")) {
			date(slide.get("start_date"), where + ".start_date", problems);
		}
		if (slide.has("end_date")) {
			date(slide.get("end_date"), where + ".end_date", problems);
			if (slide.has("start_date") && order(slide.get("end_date")) < order(slide.get("start_date"))) {
				problems.add(where + ": end_date is before start_date");
			}
		}
		if (slide.has("text")) {
			keys(slide.get("text"), TEXT, where + ".text", problems);
			slide.get("text").properties().forEach((field) -> {
				if (!field.getValue().isString()) {
					problems.add(where + ".text." + field.getKey() + " is a string");
				}
			});
		}
		for (String field : List.of("group", "display_date", "unique_id")) {
			if (slide.has(field) && !slide.get(field).isString()) {
				problems.add(where + "." + field + " is a string");
			}
		}
		if (slide.has("autolink") && !slide.get("autolink").isBoolean()) {
			problems.add(where + ".autolink is true or false");
		}
	}

	private static void date(JsonNode date, String where, List<String> problems) {
		keys(date, DATE, where, problems);
		if (!date.path("year").isIntegralNumber()) {
			problems.add(where + ".year is required and is a whole number");
			return;
		}
		if (date.has("day") && !date.has("month")) {
			problems.add(where + ": a day needs a month");
		}
		if (date.has("month")) {
			int month = date.get("month").asInt();
			if (month < 1 || month > 12) {
				problems.add(where + ".month is 1 to 12");
				return;
			}
			if (date.has("day")) {
				int day = date.get("day").asInt();
				if (day < 1 || day > YearMonth.of(date.get("year").asInt(), month).lengthOfMonth()) {
					problems.add(where + ".day is not a day of its month");
				}
			}
		}
	}

	private static long order(JsonNode date) {
		return date.path("year").asLong() * 10_000 + date.path("month").asLong(1) * 100 + date.path("day").asLong(1);
	}

	private static void keys(JsonNode object, Set<String> allowed, String where, List<String> problems) {
		if (!object.isObject()) {
			problems.add(where + " is an object");
			return;
		}
		object.propertyNames().forEach((name) -> {
			if (!allowed.contains(name)) {
				problems.add(where + " has " + name + ", which TimelineJS does not document");
			}
		});
	}

}
