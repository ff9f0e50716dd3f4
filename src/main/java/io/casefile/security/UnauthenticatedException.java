package io.casefile.security;

import io.casefile.system.ClientError;
import io.casefile.system.ErrorCode;

/**
 * A write without a valid token; nothing was written.
 */
public class UnauthenticatedException extends RuntimeException implements ClientError {

	static final String MESSAGE = "Writing needs a token: send the header \"Authorization: Bearer <token>\" "
			+ "with a token from casefile.security.tokens (CASEFILE_TOKENS). Nothing was written.";

	public UnauthenticatedException() {
		super(MESSAGE);
	}

	@Override
	public ErrorCode code() {
		return ErrorCode.UNAUTHENTICATED;
	}

}
