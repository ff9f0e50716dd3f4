package io.casefile.date;

import io.casefile.system.ClientError;
import io.casefile.system.ErrorCode;
import io.casefile.system.Messages;

/**
 * A date written in a form Casefile cannot read; the message lists the forms it can.
 */
public class InvalidDateException extends IllegalArgumentException implements ClientError {

	static final String FORMS = "write it as 2025-10-21, 21 October 2025, October 21, 2025, late October 2025, "
			+ "October 2025, Q3 2025, 2025, between 2017 and 2022, or through May 2026";

	public InvalidDateException(String text) {
		super(Messages.quote(text) + " is not a date Casefile can read: " + FORMS);
	}

	@Override
	public ErrorCode code() {
		return ErrorCode.INVALID_ARGUMENT;
	}

}
