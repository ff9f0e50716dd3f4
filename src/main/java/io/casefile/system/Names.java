package io.casefile.system;

import java.util.Locale;

/**
 * How names are matched: "Amazon", "amazon" and " Amazon " are the same name.
 */
public final class Names {

	private Names() {
	}

	/**
	 * The key a name is stored and found by: case, runs of white space and surrounding
	 * blanks do not matter.
	 */
	public static String key(String name) {
		return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

}
