package io.casefile.export;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Which source addresses an export may turn into links: only {@code http} and
 * {@code https} addresses with a host. A {@code javascript:} or {@code data:} address
 * stays text.
 */
final class Links {

	private Links() {
	}

	static boolean isWeb(@Nullable String url) {
		if (url == null || url.isBlank() || url.chars().anyMatch((c) -> c <= ' ')) {
			return false;
		}
		try {
			URI uri = new URI(url);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
