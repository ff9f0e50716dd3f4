package io.casefile.project;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A project an organization builds.
 */
public record Project(String id, String name, @Nullable String description, @Nullable Integer chips,
		@Nullable String chipModel) {

	static Project fromRow(Map<String, ?> row) {
		Object chips = row.get("chips");
		return new Project((String) row.get("id"), (String) row.get("name"), (String) row.get("description"),
				(chips != null) ? ((Number) chips).intValue() : null, (String) row.get("chipModel"));
	}

}
