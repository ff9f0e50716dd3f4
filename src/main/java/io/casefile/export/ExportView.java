package io.casefile.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.casefile.system.InvalidArgumentException;
import io.casefile.system.Messages;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an export holds, as the timeline page's address says it: lanes
 * ({@code lane=organization:amazon}, {@code lane=person:andy-jassy}), kinds, a date
 * range, a day for "as of", and any further {@code EventFilter} of the API as JSON in
 * {@code where}. It becomes the variables of {@code export/events.graphql}.
 *
 * @param lanes organizations and people whose events to take (any of them); all events
 * when empty
 * @param kinds only events of these kinds, when given
 * @param from only events that may fall on or after this day ({@code YYYY-MM-DD})
 * @param to only events that may fall on or before this day
 * @param asOf what was known on this day
 * @param where a further filter, an {@code EventFilter} written as JSON
 */
record ExportView(List<String> lanes, List<String> kinds, @Nullable String from, @Nullable String to,
		@Nullable String asOf, @Nullable String where) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	ExportView {
		lanes = (lanes != null) ? List.copyOf(lanes) : List.of();
		kinds = (kinds != null) ? List.copyOf(kinds) : List.of();
		for (String lane : lanes) {
			if (!lane.startsWith("organization:") && !lane.startsWith("person:")) {
				throw new InvalidArgumentException("A lane is organization:<id or name> or person:<id or name>, "
						+ "as in the timeline page's address (lane=organization:amazon), not " + Messages.quote(lane));
			}
		}
	}

	/** The variables of {@code export/events.graphql}. */
	Map<String, Object> variables() {
		List<Object> all = new ArrayList<>();
		List<String> organizations = named("organization:");
		List<String> people = named("person:");
		if (!organizations.isEmpty() && !people.isEmpty()) {
			all.add(Map.of("or", List.of(Map.of("organizations", organizations), Map.of("people", people))));
		}
		else if (!organizations.isEmpty()) {
			all.add(Map.of("organizations", organizations));
		}
		else if (!people.isEmpty()) {
			all.add(Map.of("people", people));
		}
		Map<String, Object> range = new LinkedHashMap<>();
		if (!this.kinds.isEmpty()) {
			range.put("kinds", this.kinds);
		}
		if (this.from != null && !this.from.isBlank()) {
			range.put("from", this.from);
		}
		if (this.to != null && !this.to.isBlank()) {
			range.put("to", this.to);
		}
		if (!range.isEmpty()) {
			all.add(range);
		}
		if (this.where != null && !this.where.isBlank()) {
			all.add(where(this.where));
		}
		Map<String, Object> variables = new LinkedHashMap<>();
		if (all.size() == 1) {
			variables.put("where", all.get(0));
		}
		else if (!all.isEmpty()) {
			variables.put("where", Map.of("and", all));
		}
		if (this.asOf != null && !this.asOf.isBlank()) {
			variables.put("asOf", this.asOf);
		}
		return variables;
	}

	/** What the export shows, in words, for a file's title. */
	String description() {
		List<String> parts = new ArrayList<>();
		parts.add(this.lanes.isEmpty() ? "all events"
				: String.join(", ", this.lanes.stream().map((lane) -> lane.replaceFirst(":", " ")).toList()));
		if (!this.kinds.isEmpty()) {
			parts.add("kinds " + String.join(", ", this.kinds));
		}
		if (this.from != null && !this.from.isBlank()) {
			parts.add("from " + this.from);
		}
		if (this.to != null && !this.to.isBlank()) {
			parts.add("to " + this.to);
		}
		if (this.where != null && !this.where.isBlank()) {
			parts.add("filtered");
		}
		if (this.asOf != null && !this.asOf.isBlank()) {
			parts.add("as known on " + this.asOf);
		}
		return String.join("; ", parts);
	}

	private List<String> named(String prefix) {
		return this.lanes.stream()
			.filter((l) -> l.startsWith(prefix))
			.map((l) -> l.substring(prefix.length()))
			.toList();
	}

	private static Object where(String json) {
		try {
			Object filter = JSON.readValue(json, Object.class);
			if (filter instanceof Map<?, ?>) {
				return filter;
			}
		}
		catch (JacksonException ex) {
			// Answered below.
		}
		throw new InvalidArgumentException("where is an EventFilter written as a JSON object, such as "
				+ "{\"headcountAtLeast\": 1000}; " + Messages.quote(json) + " is not one");
	}

}
