package io.casefile.source;

import java.util.Map;

import io.casefile.date.StatedDate;
import org.jspecify.annotations.Nullable;

/**
 * A document facts come from; {@code accession} is a filing's accession number at the
 * SEC.
 */
public record Source(String id, @Nullable String title, @Nullable Author author, @Nullable String publisher,
		StatedDate publishedOn, @Nullable String url, @Nullable String accession) {

	/**
	 * Who wrote a source, as its citations read it: the person's id and name. The
	 * schema's {@code Source.author} is the person (the person feature answers it from
	 * these), so that sources need not know the person feature.
	 */
	public record Author(String id, String name) {
	}

	/** Reads a source from the map that {@link Citations#SOURCE_PROJECTION} returns. */
	@SuppressWarnings("unchecked")
	static Source fromRow(Map<String, ?> row) {
		Map<String, ?> author = (Map<String, ?>) row.get("author");
		return new Source((String) row.get("id"), (String) row.get("title"),
				(author != null) ? new Author((String) author.get("id"), (String) author.get("name")) : null,
				(String) row.get("publisher"), StatedDate.fromProperties(row, "published"), (String) row.get("url"),
				(String) row.get("accession"));
	}

}
