package io.casefile.writing;

import io.casefile.system.ClientError;
import io.casefile.system.ErrorCode;

/**
 * A fact written without a citation: refused, nothing written.
 */
public class CitationRequiredException extends RuntimeException implements ClientError {

	CitationRequiredException(String what) {
		super(what + " needs at least one citation: the source (an existing source's id, or one given in "
				+ "sources) and the excerpt of it that says the fact. Nothing was written.");
	}

	@Override
	public ErrorCode code() {
		return ErrorCode.CITATION_REQUIRED;
	}

}
