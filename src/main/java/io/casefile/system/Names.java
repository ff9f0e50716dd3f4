package io.casefile.system;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * How names are matched: "Amazon", "amazon" and " Amazon " are the same name.
 */
public final class Names {

	private Names() {
	}

	/**
	 * The key a name is stored and found by: case, runs of white space and surrounding
	 * blanks do not matter.
	 */
	public static String key(String name) {
		return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	/**
	 * Runs a statement that maps each given {@code {name, key}} to an id or null, and
	 * returns the ids by the name given; the first name without an id is a
	 * {@link NotFoundException} for {@code what}.
	 */
	public static Map<String, String> resolve(Neo4jClient neo4j, String cypher, Collection<String> given, String what) {
		if (given.isEmpty()) {
			return Map.of();
		}
		List<Map<String, String>> names = given.stream()
			.distinct()
			.map((name) -> Map.of("name", name, "key", key(name)))
			.toList();
		Map<String, String> ids = new HashMap<>();
		neo4j.query(cypher).bind(names).to("names").fetch().all().forEach((row) -> {
			String name = (String) row.get("name");
			Object id = row.get("id");
			if (id == null) {
				throw new NotFoundException(what, name);
			}
			ids.put(name, (String) id);
		});
		return ids;
	}

}
