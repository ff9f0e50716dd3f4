package io.casefile.audit;

import java.time.ZonedDateTime;
import java.util.Map;

/**
 * One recorded change: who (the credential's identity), what (an action on a target), and
 * when.
 */
public record Change(String id, ZonedDateTime at, String actor, String action, String target, String summary) {

	static Change fromRow(Map<String, ?> row) {
		return new Change((String) row.get("id"), (ZonedDateTime) row.get("at"), (String) row.get("actor"),
				(String) row.get("action"), (String) row.get("target"), (String) row.get("summary"));
	}

}
