package io.casefile.recording;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Stable ids for facts that arrive without one, made from what identifies them, so that
 * the same fact brought twice, by any door, gets the same id.
 */
public final class Ids {

	private Ids() {
	}

	/** A source's id from its address (or, for a named document, from its key). */
	public static String source(String key) {
		return "src-" + digest(key).substring(0, 20);
	}

	/**
	 * An id from a name: lower case, letters and digits, dashes between words ("Amazon
	 * Web Services" is {@code amazon-web-services}).
	 */
	public static String slug(String name) {
		String slug = name.strip()
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^\\p{L}\\p{N}]+", "-")
			.replaceAll("^-+|-+$", "");
		if (slug.length() > 80) {
			slug = slug.substring(0, 80).replaceAll("-+$", "");
		}
		return slug.isEmpty() ? "id-" + digest(name).substring(0, 8) : slug;
	}

	/** The slug, told apart from another of the same slug by a digest of the key. */
	public static String distinctSlug(String name, String key) {
		return slug(name) + "-" + digest(key).substring(0, 8);
	}

	/** The key of an excerpt, so that a citation is found without comparing long text. */
	public static String excerptKey(String excerpt) {
		return digest(excerpt).substring(0, 16);
	}

	/** The SHA-256 of the text, in hex. */
	public static String digest(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
