package io.casefile.recording;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A file sent as text through GraphQL (a tracker, a list of companies, a company facts
 * file), turned into the bytes its door reads. A text holding half of a UTF-16 pair has
 * no UTF-8 bytes: encoding it would silently turn the broken character into "?", so the
 * file is refused at that line instead.
 */
public final class FileText {

	private FileText() {
	}

	/**
	 * The text as UTF-8.
	 * @param what what the file is, as a refusal names it ("tracker")
	 * @throws RecordingRejectedException when it holds a broken character
	 */
	public static byte[] utf8(String text, String what) {
		int line = 1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n') {
				line++;
			}
			else if (Character.isHighSurrogate(c) && i + 1 < text.length()
					&& Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				throw RecordingRejectedException.file(what, List.of(Problem.atLine(line, null, null,
						"a broken character (half of a UTF-16 pair): the text cannot be read as UTF-8")));
			}
		}
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
