package io.casefile.csv;

import java.util.List;

import io.casefile.recording.FactRules;
import io.casefile.recording.Facts.SourceFact;
import io.casefile.recording.Ids;
import io.casefile.recording.Problem;
import org.jspecify.annotations.Nullable;

/**
 * The one source of a file whose rows name none (a tracker without a source column, a
 * list of companies): an address, or a title, and its publication day.
 */
public record FileSource(@Nullable String url, @Nullable String title, @Nullable String publishedOn) {

	/**
	 * The source as a fact of the recording, or null when none is given; a bad address is
	 * a problem.
	 */
	public @Nullable SourceFact fact(List<Problem> problems) {
		if (this.url == null && this.title == null) {
			return null;
		}
		if (this.url != null) {
			String problem = FactRules.url(this.url);
			if (problem != null) {
				problems.add(Problem.at("the file's source", "url", this.url, problem));
			}
		}
		String key = (this.url != null) ? this.url.strip() : this.title + "|" + this.publishedOn;
		return new SourceFact("the file's source", Ids.source(key), this.title, null, null, this.publishedOn,
				(this.url != null) ? this.url.strip() : null, null);
	}

}
