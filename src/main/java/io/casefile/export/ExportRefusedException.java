package io.casefile.export;

import java.util.List;
import java.util.Map;

import io.casefile.system.ClientError;
import io.casefile.system.ErrorCode;

/**
 * An export the API would not answer (an unknown name, a malformed filter, a database
 * away) or that would hold more events than an export may: the errors as the API gave
 * them, so that a client reads a refused export like any GraphQL error.
 */
class ExportRefusedException extends RuntimeException implements ClientError {

	private final ErrorCode code;

	private final List<Map<String, Object>> errors;

	ExportRefusedException(ErrorCode code, String message) {
		this(code, List.of(Map.of("message", message, "extensions", Map.of("code", code.name()))));
	}

	ExportRefusedException(ErrorCode code, List<Map<String, Object>> errors) {
		super(String.valueOf(errors.get(0).get("message")));
		this.code = code;
		this.errors = errors;
	}

	@Override
	public ErrorCode code() {
		return this.code;
	}

	/** The errors in GraphQL's shape: message, extensions with the code. */
	List<Map<String, Object>> errors() {
		return this.errors;
	}

}
