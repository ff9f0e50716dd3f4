package io.casefile.organization;

import java.util.List;
import java.util.Map;

import io.casefile.system.ClientError;
import io.casefile.system.ErrorCode;
import io.casefile.system.Messages;

/**
 * A name that fits more than one organization once spelling and legal forms are set aside
 * ("Acme Corp" for "Acme, Inc." and "ACME Ltd"): nothing is guessed, the candidates are
 * given, and the caller names one by its id or an identifier.
 */
public class AmbiguousNameException extends RuntimeException implements ClientError {

	private final List<Organization> candidates;

	public AmbiguousNameException(String name, List<Organization> candidates) {
		super(Messages.quote(name) + " fits " + candidates.size() + " organizations: "
				+ String.join(", ", candidates.stream().map((o) -> o.name() + " (" + o.id() + ")").toList())
				+ ". Name one by its id, or by an identifier such as cik:... or ticker:...");
		this.candidates = List.copyOf(candidates);
	}

	public List<Organization> candidates() {
		return this.candidates;
	}

	@Override
	public ErrorCode code() {
		return ErrorCode.AMBIGUOUS;
	}

	@Override
	public Map<String, Object> extensions() {
		return Map.of("candidates",
				this.candidates.stream().map((o) -> Map.<String, Object>of("id", o.id(), "name", o.name())).toList());
	}

}
