package io.casefile.system;

/**
 * A request named something the graph does not have: an unknown id or name. GraphQL code
 * {@code NOT_FOUND}.
 */
public class NotFoundException extends RuntimeException implements ClientError {

	public NotFoundException(String what, String given) {
		super("No " + what + " " + Messages.quote(given)
				+ " in the graph. Check the spelling, or list them with the plural query.");
	}

	@Override
	public ErrorCode code() {
		return ErrorCode.NOT_FOUND;
	}

}
