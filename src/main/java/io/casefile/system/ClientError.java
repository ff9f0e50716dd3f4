package io.casefile.system;

import java.util.Map;

/**
 * A failure the client caused and can correct: an unknown id, an argument out of range, a
 * refused file. Every feature's exception of this kind implements it, and
 * {@link GraphQlErrors} turns it into a GraphQL error with its code, its message and its
 * extensions, so that {@code system} never needs to know the features.
 */
public interface ClientError {

	/** The stable code the client branches on. */
	ErrorCode code();

	/**
	 * A message a person can act on; it never echoes more than a short prefix of input.
	 */
	String getMessage();

	/** Further details for the client, such as the problems of a refused file. */
	default Map<String, Object> extensions() {
		return Map.of();
	}

}
