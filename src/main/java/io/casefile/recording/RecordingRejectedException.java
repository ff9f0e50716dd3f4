package io.casefile.recording;

import java.util.List;
import java.util.Map;

import io.casefile.system.ClientError;
import io.casefile.system.ErrorCode;

/**
 * Facts refused whole: nothing of them was written. A refused file is
 * {@code IMPORT_REJECTED} ("the tracker was rejected"); a refused single fact, written
 * through a mutation, {@code INVALID_ARGUMENT}. Each problem says where, which field,
 * what was given and why.
 */
public class RecordingRejectedException extends RuntimeException implements ClientError {

	/** The most problems the error lists; {@code problemCount} says how many in all. */
	static final int LISTED = 1000;

	private final List<Problem> problems;

	private final ErrorCode code;

	private RecordingRejectedException(String what, List<Problem> problems, ErrorCode code) {
		super("The " + what + " was rejected and nothing of it was written: "
				+ String.join("; ", problems.stream().limit(20).map(Problem::toString).toList())
				+ ((problems.size() > 20) ? "; and %,d more problems".formatted(problems.size() - 20) : ""));
		this.problems = List.copyOf(problems);
		this.code = code;
	}

	/** A file refused: a tracker, a dataset, a filing ({@code what} says which). */
	public static RecordingRejectedException file(String what, List<Problem> problems) {
		return new RecordingRejectedException(what, problems, ErrorCode.IMPORT_REJECTED);
	}

	/** A single fact, written through a mutation, refused. */
	public static RecordingRejectedException fact(List<Problem> problems) {
		return new RecordingRejectedException("fact", problems, ErrorCode.INVALID_ARGUMENT);
	}

	public List<Problem> problems() {
		return this.problems;
	}

	@Override
	public ErrorCode code() {
		return this.code;
	}

	@Override
	public Map<String, Object> extensions() {
		return Map.of("problems", this.problems.stream().limit(LISTED).map(Problem::toMap).toList(), "problemCount",
				this.problems.size());
	}

}
