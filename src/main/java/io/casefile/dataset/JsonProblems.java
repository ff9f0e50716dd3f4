package io.casefile.dataset;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.casefile.recording.Problem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Says in a person's words what is wrong with JSON that does not read as a dataset: where
 * (the line, and the field's path such as {@code events[3].headcount}) and why ("it is
 * not a field of an event; the fields are ...", "a whole number is expected"), never a
 * Java class name or the parser's own message.
 */
final class JsonProblems {

	private JsonProblems() {
	}

	/**
	 * The problem of a JSON document or line that did not read.
	 * @param line the line of the file the JSON starts at (0 when the document is the
	 * file, whose own line numbers are then used)
	 */
	static Problem of(JacksonException ex, int line) {
		TokenStreamLocation at = ex.getLocation();
		int lineNr = (line > 0) ? line : ((at != null && at.getLineNr() > 0) ? at.getLineNr() : 0);
		if (ex instanceof StreamReadException) {
			String column = (at != null && at.getColumnNr() > 0) ? " (column " + at.getColumnNr() + ")" : "";
			return Problem.atLine(lineNr, null, null,
					"this is not valid JSON" + column + ": check the brackets, " + "quotes and commas around it");
		}
		String path = path(ex);
		if (ex instanceof UnrecognizedPropertyException unknown) {
			return problem(lineNr, path, "it is not a field of this entry; the fields are "
					+ String.join(", ", known(unknown.getKnownPropertyIds())));
		}
		if (ex instanceof MismatchedInputException mismatched) {
			return problem(lineNr, path, expected(mismatched.getTargetType()) + " is expected here");
		}
		return problem(lineNr, path, "the value cannot be read here");
	}

	private static Problem problem(int line, String path, String reason) {
		return (line > 0) ? Problem.atLine(line, path, null, reason) : Problem.at("the file", path, null, reason);
	}

	/** The field's path: {@code events[3].headcount}. */
	private static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? "the document" : path.toString();
	}

	private static List<String> known(Collection<Object> ids) {
		return ids.stream().map(String::valueOf).sorted().toList();
	}

	private static String expected(Class<?> type) {
		if (type == null) {
			return "another kind of value";
		}
		if (type == String.class) {
			return "text (in quotes)";
		}
		if (type == Long.class || type == Integer.class || type == long.class || type == int.class) {
			return "a whole number";
		}
		if (Number.class.isAssignableFrom(type) || type == BigDecimal.class || type == double.class) {
			return "a number";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (Collection.class.isAssignableFrom(type)) {
			return "a list ([...])";
		}
		if (Map.class.isAssignableFrom(type) || type.isRecord()) {
			return "an object ({...})";
		}
		return "another kind of value";
	}

}
