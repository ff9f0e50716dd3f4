package io.casefile.export;

import io.casefile.recording.FactRules;
import org.jspecify.annotations.Nullable;

/**
 * Which source addresses an export may turn into links: those the recording core accepts
 * as a source's address ({@link FactRules#url}: an absolute {@code http} or {@code https}
 * address with a host). A {@code javascript:} or {@code data:} address stays text.
 */
final class Links {

	private Links() {
	}

	static boolean isWeb(@Nullable String url) {
		return url != null && !url.isBlank() && FactRules.url(url) == null;
	}

}
