package io.casefile.system;

/**
 * An argument that cannot be answered as given; the message says how to correct it.
 * GraphQL code {@code INVALID_ARGUMENT}.
 */
public class InvalidArgumentException extends RuntimeException {

	public InvalidArgumentException(String message) {
		super(message);
	}

}
