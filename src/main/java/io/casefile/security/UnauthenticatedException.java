package io.casefile.security;

/**
 * A write without a valid token; nothing was written.
 */
public class UnauthenticatedException extends RuntimeException {

	static final String MESSAGE = "Writing needs a token: send the header \"Authorization: Bearer <token>\" "
			+ "with a token from casefile.security.tokens (CASEFILE_TOKENS). Nothing was written.";

	public UnauthenticatedException() {
		super(MESSAGE);
	}

}
