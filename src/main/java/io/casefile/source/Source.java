package io.casefile.source;

import java.util.Map;

import io.casefile.date.StatedDate;
import io.casefile.person.Person;
import org.jspecify.annotations.Nullable;

/**
 * A document facts come from.
 */
public record Source(String id, @Nullable String title, @Nullable Person author, @Nullable String publisher,
		StatedDate publishedOn, @Nullable String url) {

	/** Reads a source from the map that {@link Citations#SOURCE_PROJECTION} returns. */
	@SuppressWarnings("unchecked")
	static Source fromRow(Map<String, ?> row) {
		Object author = row.get("author");
		return new Source((String) row.get("id"), (String) row.get("title"),
				(author != null) ? Person.fromRow((Map<String, ?>) author) : null, (String) row.get("publisher"),
				StatedDate.fromProperties(row, "published"), (String) row.get("url"));
	}

}
