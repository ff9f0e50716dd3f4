package io.casefile.dataset;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable ids for facts that arrive without one, made from what identifies them, so that
 * the same fact written twice, by the tracker import or a mutation, gets the same id.
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
			.toLowerCase(java.util.Locale.ROOT)
			.replaceAll("[^\\p{L}\\p{N}]+", "-")
			.replaceAll("^-+|-+$", "");
		return slug.isEmpty() ? "id-" + digest(name).substring(0, 8) : slug;
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
