package io.casefile.system;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * The statement of {@link ReadAlong.Read#find}, made once for each owner and field:
 * making one anew for every request cost 1% of the CPU of a timeline page. There are a
 * few owners' projections times the subqueries of their fields, which the selections
 * bound.
 */
final class OwnerStatements {

	private static final Map<Parts, String> TEXTS = new ConcurrentHashMap<>();

	private OwnerStatements() {
	}

	/**
	 * The statement that finds an owner of the label by id and runs the subquery with it
	 * bound, returning the owner as {@code projection} shows it.
	 */
	static String of(String label, String projection, String subquery) {
		return TEXTS.computeIfAbsent(new Parts(label, projection, subquery), (parts) -> """
				MATCH (%1$s:%2$s {id: $id})
				CALL (%1$s) {
				%3$s
				}
				RETURN %4$s AS %1$s, %5$s
				""".formatted(ReadAlong.OWNER, parts.label(), parts.subquery().indent(2).stripTrailing(),
				parts.projection(), ReadAlong.COLUMN));
	}

	/**
	 * The parameters of an owner's statement: the owner's id and the subquery's, which
	 * may not bind {@code $id}.
	 */
	static Map<String, @Nullable Object> parameters(String id, Map<String, @Nullable Object> subquery) {
		if (subquery.containsKey("id")) {
			throw new IllegalArgumentException("A subquery read along may not bind $id: the owner's");
		}
		Map<String, @Nullable Object> parameters = new HashMap<>(subquery);
		parameters.put("id", id);
		return parameters;
	}

	private record Parts(String label, String projection, String subquery) {
	}

}
