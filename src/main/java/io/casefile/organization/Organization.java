package io.casefile.organization;

import java.util.List;
import java.util.Map;

/**
 * A company or other organization, with the other names it goes by.
 */
public record Organization(String id, String name, List<String> aliases, String kind) {

	/**
	 * Reads an organization from the map that {@link OrganizationQueries#PROJECTION}
	 * returns.
	 */
	@SuppressWarnings("unchecked")
	public static Organization fromRow(Map<String, ?> row) {
		Object aliases = row.get("aliases");
		Object kind = row.get("kind");
		return new Organization((String) row.get("id"), (String) row.get("name"),
				(aliases != null) ? (List<String>) aliases : List.of(), (kind != null) ? (String) kind : "OTHER");
	}

}
