package io.casefile.system;

/**
 * Keeps what a client sent out of the messages sent back, but for a short prefix: a
 * message echoing a megabyte helps nobody and costs everybody.
 */
public final class Messages {

	/** The most of a client's text a message quotes. */
	static final int QUOTED = 80;

	/** The longest message an error carries. */
	static final int LONGEST = 600;

	private Messages() {
	}

	/**
	 * The text in quotes, cut to its first {@value #QUOTED} characters with the length
	 * said when it is longer.
	 */
	public static String quote(String given) {
		if (given.length() <= QUOTED) {
			return "\"" + given + "\"";
		}
		return "\"" + given.substring(0, safeEnd(given, QUOTED)) + "…\" (%,d characters)".formatted(given.length());
	}

	/** A message cut to {@value #LONGEST} characters. */
	public static String shorten(String message) {
		if (message.length() <= LONGEST) {
			return message;
		}
		return message.substring(0, safeEnd(message, LONGEST)) + "… (message shortened)";
	}

	/** An end index that does not split a surrogate pair. */
	private static int safeEnd(String text, int end) {
		return Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end;
	}

}
