package io.casefile.system;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An argument that cannot be answered as given; the message says how to correct it.
 * GraphQL code {@code INVALID_ARGUMENT}.
 */
public class InvalidArgumentException extends RuntimeException implements ClientError {

	public InvalidArgumentException(String message) {
		super(message);
	}

	@Override
	public ErrorCode code() {
		return ErrorCode.INVALID_ARGUMENT;
	}

	/** Refuses a range whose {@code from} is after its {@code to}. */
	public static void requireOrdered(@Nullable LocalDate from, @Nullable LocalDate to) {
		if (from != null && to != null && from.isAfter(to)) {
			throw new InvalidArgumentException(
					"from (" + from + ") is after to (" + to + "): give the earlier day as from");
		}
	}

}
