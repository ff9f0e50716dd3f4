package io.casefile.recording;

import java.util.LinkedHashMap;
import java.util.Map;

import io.casefile.event.SortKeys;
import io.casefile.date.StatedDate;
import org.jspecify.annotations.Nullable;

/**
 * New values for an event's fields; the fields left null keep their values.
 */
public record Correction(@Nullable String title, @Nullable String summary, @Nullable String date,
		@Nullable Long headcount, @Nullable String scope) {

	public boolean isEmpty() {
		return this.title == null && this.summary == null && this.date == null && this.headcount == null
				&& this.scope == null;
	}

	/** The event properties this correction sets. */
	public Map<String, @Nullable Object> properties(String id) {
		Map<String, @Nullable Object> props = new LinkedHashMap<>();
		if (this.title != null) {
			props.put("title", this.title);
		}
		if (this.summary != null) {
			props.put("summary", this.summary);
		}
		if (this.headcount != null) {
			if (this.headcount < 0) {
				throw new io.casefile.system.InvalidArgumentException(
						"headcount " + this.headcount + " is negative; give the number of jobs cut");
			}
			props.put("headcount", this.headcount);
		}
		if (this.scope != null) {
			props.put("scope", this.scope);
		}
		if (this.date != null) {
			StatedDate stated = StatedDate.parse(this.date);
			stated.toProperties("date", props);
			props.put("sortKey", SortKeys.of(stated, id));
		}
		return props;
	}

}
