package io.casefile.person;

import java.util.Map;

/**
 * A person: an executive, an analyst, an author.
 */
public record Person(String id, String name) {

	/** Reads a person from a map with {@code id} and {@code name}. */
	public static Person fromRow(Map<String, ?> row) {
		return new Person((String) row.get("id"), (String) row.get("name"));
	}

}
