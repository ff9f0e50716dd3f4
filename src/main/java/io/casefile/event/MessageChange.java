package io.casefile.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.casefile.event.Event.Statement;
import org.jspecify.annotations.Nullable;

/**
 * Two consecutive statements of a person on one topic, so that a change of message shows.
 */
record MessageChange(String topic, Statement before, Statement after, Certainty certainty) {

	/** How many of a person's statements are read to pair them. */
	static final int MAX_STATEMENTS = 1000;

	/**
	 * Pairs each dated statement with the next on the same topic; statements arrive in
	 * date order.
	 */
	static List<MessageChange> between(List<Event> statements, @Nullable String onlyTopic) {
		Map<String, List<Statement>> byTopic = new LinkedHashMap<>();
		for (Event event : statements) {
			if (event instanceof Statement statement && statement.date().known()) {
				for (String topic : statement.topics()) {
					if (onlyTopic == null || topic.equalsIgnoreCase(onlyTopic.strip())) {
						byTopic.computeIfAbsent(topic.toLowerCase(Locale.ROOT), (k) -> new ArrayList<>())
							.add(statement);
					}
				}
			}
		}
		List<MessageChange> changes = new ArrayList<>();
		byTopic.forEach((key, said) -> {
			for (int i = 1; i < said.size(); i++) {
				Statement before = said.get(i - 1);
				Statement after = said.get(i);
				String topic = after.topics().stream().filter((t) -> t.equalsIgnoreCase(key)).findFirst().orElse(key);
				boolean certain = after.date().earliest() != null && before.date().latest() != null
						&& after.date().earliest().isAfter(before.date().latest());
				changes.add(new MessageChange(topic, before, after, certain ? Certainty.CERTAIN : Certainty.POSSIBLE));
			}
		});
		return changes;
	}

}
