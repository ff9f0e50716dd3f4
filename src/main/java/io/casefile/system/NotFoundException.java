package io.casefile.system;

/**
 * A request named something the graph does not have: an unknown id or name. GraphQL code
 * {@code NOT_FOUND}.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, String given) {
		super("No " + what + " \"" + given
				+ "\" in the graph. Check the spelling, or list them with the plural query.");
	}

}
