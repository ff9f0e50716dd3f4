package io.casefile.dataset;

import java.util.List;

/**
 * A dataset that was refused whole: nothing of it was written. Each problem names where
 * in the file it is.
 */
public class DatasetRejectedException extends RuntimeException {

	private final List<String> problems;

	public DatasetRejectedException(List<String> problems) {
		super("The dataset was rejected and nothing was written: " + String.join("; ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return this.problems;
	}

}
