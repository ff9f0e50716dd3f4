package io.casefile.dataset;

import java.util.List;
import java.util.Map;

import io.casefile.system.ClientError;
import io.casefile.system.ErrorCode;

/**
 * Facts refused whole: nothing of them was written. Each problem names where in the file
 * (or the request) it is. A refused file is {@code IMPORT_REJECTED}; a refused single
 * fact, written through a mutation, {@code INVALID_ARGUMENT}.
 */
public class DatasetRejectedException extends RuntimeException implements ClientError {

	/** The most problems the error lists; the count says how many there are in all. */
	static final int LISTED = 1000;

	private final List<String> problems;

	private final ErrorCode code;

	/** A dataset file refused. */
	public DatasetRejectedException(List<String> problems) {
		this("dataset", problems, ErrorCode.IMPORT_REJECTED);
	}

	private DatasetRejectedException(String what, List<String> problems, ErrorCode code) {
		super("The " + what + " was rejected and nothing was written: " + String.join("; ", problems));
		this.problems = List.copyOf(problems);
		this.code = code;
	}

	/** A tracker file refused. */
	public static DatasetRejectedException tracker(List<String> problems) {
		return new DatasetRejectedException("tracker", problems, ErrorCode.IMPORT_REJECTED);
	}

	/** A single fact, written through a mutation, refused. */
	public static DatasetRejectedException fact(List<String> problems) {
		return new DatasetRejectedException("fact", problems, ErrorCode.INVALID_ARGUMENT);
	}

	/** The same problems, refusing a single fact rather than a file. */
	public DatasetRejectedException asFact() {
		return fact(this.problems);
	}

	public List<String> problems() {
		return this.problems;
	}

	@Override
	public ErrorCode code() {
		return this.code;
	}

	@Override
	public Map<String, Object> extensions() {
		return Map.of("problems", this.problems.subList(0, Math.min(LISTED, this.problems.size())), "problemCount",
				this.problems.size());
	}

}
