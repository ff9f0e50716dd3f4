package io.casefile.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The configured tokens ({@code casefile.security.tokens}: comma-separated
 * {@code identity:token} pairs) and whether reads are public. Tokens come from
 * configuration only; a malformed list stops the start with a message that says which
 * pair is wrong.
 */
@ConfigurationProperties("casefile.security")
public class ApiTokens {

	/** The shortest token accepted: shorter ones are too easy to guess. */
	static final int MIN_LENGTH = 16;

	private final Map<String, byte[]> tokensByIdentity = new LinkedHashMap<>();

	private boolean publicReads = true;

	public void setTokens(String tokens) {
		this.tokensByIdentity.clear();
		for (String pair : tokens.split(",")) {
			if (pair.isBlank()) {
				continue;
			}
			int colon = pair.indexOf(':');
			String identity = (colon > 0) ? pair.substring(0, colon).strip() : "";
			String token = (colon > 0) ? pair.substring(colon + 1).strip() : "";
			if (identity.isEmpty() || token.length() < MIN_LENGTH) {
				throw new IllegalArgumentException("casefile.security.tokens: \"" + identity
						+ (identity.isEmpty() ? "(no identity)" : "")
						+ "\" needs the form identity:token with a token of " + MIN_LENGTH + " characters or more");
			}
			this.tokensByIdentity.put(identity, token.getBytes(StandardCharsets.UTF_8));
		}
	}

	public boolean isPublicReads() {
		return this.publicReads;
	}

	public void setPublicReads(boolean publicReads) {
		this.publicReads = publicReads;
	}

	/**
	 * The identity a token names. Every configured token is compared, each in constant
	 * time, so that the time taken says nothing about which one nearly matched.
	 */
	Optional<String> identityOf(String token) {
		byte[] given = token.getBytes(StandardCharsets.UTF_8);
		String found = null;
		for (Map.Entry<String, byte[]> entry : this.tokensByIdentity.entrySet()) {
			if (MessageDigest.isEqual(entry.getValue(), given)) {
				found = entry.getKey();
			}
		}
		return Optional.ofNullable(found);
	}

	int size() {
		return this.tokensByIdentity.size();
	}

}
