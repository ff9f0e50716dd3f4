package io.casefile.recording;

import java.util.LinkedHashMap;
import java.util.Map;

import io.casefile.system.Messages;
import org.jspecify.annotations.Nullable;

/**
 * Why a fact, a row or a file cannot be recorded, in terms a person can act on: where it
 * is, which field, the value given (a short prefix of it) and the reason.
 *
 * @param line the line of the file, when the file has lines (the header is line 1); 0
 * otherwise
 * @param where the place in the file or request when it has no lines ("events[3]
 * (acme-layoffs)"), else null
 * @param field the field at fault, or null for the fact as a whole
 * @param value what was given, or null
 */
public record Problem(int line, @Nullable String where, @Nullable String field, @Nullable String value, String reason) {

	public Problem {
		value = (value != null) ? Messages.quote(value) : null;
	}

	private static final java.util.regex.Pattern LINE = java.util.regex.Pattern.compile("line (\\d+)");

	/**
	 * A problem at a fact's place: "line 12" is a line of a file, anything else a place
	 * in a file or request.
	 */
	public static Problem of(String where, @Nullable String field, @Nullable String value, String reason) {
		java.util.regex.Matcher line = LINE.matcher(where);
		return line.matches() ? atLine(Integer.parseInt(line.group(1)), field, value, reason)
				: at(where, field, value, reason);
	}

	/** A problem at a line of a file. */
	public static Problem atLine(int line, @Nullable String field, @Nullable String value, String reason) {
		return new Problem(line, null, field, value, reason);
	}

	/** A problem at a place of a file or request without lines. */
	public static Problem at(String where, @Nullable String field, @Nullable String value, String reason) {
		return new Problem(0, where, field, value, reason);
	}

	/** The problem in one line: "line 3, headcount "-120": it is negative". */
	@Override
	public String toString() {
		StringBuilder text = new StringBuilder();
		if (this.line > 0) {
			text.append("line ").append(this.line);
		}
		else if (this.where != null) {
			text.append(this.where);
		}
		if (this.field != null) {
			text.append(text.isEmpty() ? "" : " ").append(this.field);
		}
		if (this.value != null) {
			text.append(" ").append(this.value);
		}
		return (text.isEmpty() ? "" : text + ": ") + this.reason;
	}

	/** The problem as {@code extensions.problems} lists it. */
	public Map<String, Object> toMap() {
		Map<String, Object> map = new LinkedHashMap<>();
		if (this.line > 0) {
			map.put("line", this.line);
		}
		if (this.where != null) {
			map.put("where", this.where);
		}
		if (this.field != null) {
			map.put("field", this.field);
		}
		if (this.value != null) {
			map.put("value", this.value);
		}
		map.put("reason", this.reason);
		return map;
	}

}
