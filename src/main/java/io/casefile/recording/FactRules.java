package io.casefile.recording;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * What every text and number must be before it is written, whichever door brings it: text
 * without control characters (tab and line breaks only in prose: summaries, quotes,
 * excerpts), without broken characters, within a length; names that a spreadsheet would
 * not run as a formula; source addresses on the web ({@code http}, {@code https});
 * numbers within plausible bounds. A value that breaks a rule is refused with its reason,
 * never altered: what a source wrote is kept as written.
 */
public final class FactRules {

	/** The longest name of an organization, person or project, or alias. */
	public static final int NAME = 300;

	/** The longest headline, source title or role title. */
	public static final int TITLE = 1_000;

	/** The longest short field: a place, an industry, a venue, a scope, a metric. */
	public static final int SHORT = 300;

	/** The longest excerpt: a sentence or a few of a source. */
	public static final int EXCERPT = 4_000;

	/** The longest prose: a summary, a quote, a description, a method. */
	public static final int PROSE = 20_000;

	/** The longest address. */
	public static final int URL = 2_000;

	/**
	 * The largest headcount a layoff or a workforce can have: more than any employer has
	 * ever had (the largest, armed forces and Walmart included, employ about 2 to 3
	 * million).
	 */
	public static final long MAX_HEADCOUNT = 3_000_000;

	/**
	 * The largest amount of money in any currency unit: 100 trillion, more than any
	 * company's or analyst's figure (the whole world's yearly output is about that).
	 */
	public static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000000000");

	/** The most chips a project can have. */
	public static final long MAX_CHIPS = 1_000_000_000L;

	/** The earliest and latest fiscal years. */
	public static final int FIRST_YEAR = 1800;

	public static final int LAST_YEAR = 2200;

	/**
	 * A name that a spreadsheet would run as a formula: "=HYPERLINK(...)", "+SUM(...)",
	 * "@cmd(...)". (A name that merely starts with "-" or "@" and is not a call, such as
	 * "@Home", is a name.)
	 */
	private static final Pattern FORMULA = Pattern.compile("^(=|[+\\-@]\\s*[A-Za-z_.][A-Za-z0-9_.]*\\s*\\().*",
			Pattern.DOTALL);

	/** An absolute web address: the scheme, then the host. */
	private static final Pattern ADDRESS = Pattern
		.compile("(?i)https?://(?:[^/?#@\\s]*@)?([^/?#:\\s]*)(?::\\d+)?(?:[/?#].*)?");

	private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");

	private FactRules() {
	}

	/**
	 * Why a single-line text (a name, a title, a place) cannot be written, or null.
	 * @param max its longest length
	 */
	public static @Nullable String line(String text, int max) {
		return text(text, max, false);
	}

	/** Why prose (tab and line breaks allowed) cannot be written, or null. */
	public static @Nullable String prose(String text, int max) {
		return text(text, max, true);
	}

	/**
	 * Why a name cannot be written, or null: a single line that a spreadsheet would not
	 * run as a formula.
	 */
	public static @Nullable String name(String name) {
		if (name.isBlank()) {
			return "it is empty";
		}
		String problem = line(name, NAME);
		if (problem != null) {
			return problem;
		}
		if (FORMULA.matcher(name.strip()).matches()) {
			return "it starts like a spreadsheet formula (\"=\", or \"+\", \"-\", \"@\" and a call): a spreadsheet would run it";
		}
		return null;
	}

	/**
	 * Why an address cannot be a source's, or null: an absolute {@code http} or
	 * {@code https} address with a host.
	 */
	public static @Nullable String url(String url) {
		String problem = line(url, URL);
		if (problem != null) {
			return problem;
		}
		// Real addresses are often not quite well formed ("##", escaped or not): only
		// what
		// makes an address dangerous or useless is refused.
		Matcher address = ADDRESS.matcher(url.strip());
		if (!address.matches()) {
			Matcher scheme = SCHEME.matcher(url.strip());
			return "a source's address must be a web address (http or https), not "
					+ (scheme.find() ? "\"" + scheme.group(1).toLowerCase(Locale.ROOT) + ":\"" : "a relative one");
		}
		if (address.group(1).isBlank() || url.strip().contains(" ")) {
			return "the address has no host, or holds a space";
		}
		return null;

	}

	/**
	 * Whether a source is named by an address: a text with a scheme ("https:",
	 * "javascript:") is an address, and must then be a web one; other text is the name of
	 * a document ("Internal memo").
	 */
	public static boolean looksLikeAddress(String source) {
		return source.strip().matches("(?i)^[a-z][a-z0-9+.-]*:.*") && !source.strip().contains(" ");
	}

	/** Why a headcount is not plausible, or null. */
	public static @Nullable String headcount(long headcount) {
		if (headcount < 0) {
			return "it is negative";
		}
		if (headcount > MAX_HEADCOUNT) {
			return "it is more than any employer's workforce (the most is %,d)".formatted(MAX_HEADCOUNT);
		}
		return null;
	}

	/** Why an amount of money is not plausible, or null. */
	public static @Nullable String amount(BigDecimal amount) {
		if (amount.abs().compareTo(MAX_AMOUNT) > 0) {
			return "it is more than any company's or analyst's figure (the most is 100 trillion)";
		}
		return null;
	}

	/** Why a fiscal year is not plausible, or null. */
	public static @Nullable String fiscalYear(int year) {
		return (year < FIRST_YEAR || year > LAST_YEAR) ? "a fiscal year is between " + FIRST_YEAR + " and " + LAST_YEAR
				: null;
	}

	private static @Nullable String text(String text, int max, boolean prose) {
		if (text.length() > max) {
			return "it is %,d characters long; the most it may have is %,d".formatted(text.length(), max);
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c)) {
				if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
					i++;
					continue;
				}
				return "it holds a broken character (half of a UTF-16 pair) at position " + (i + 1);
			}
			if (Character.isLowSurrogate(c)) {
				return "it holds a broken character (half of a UTF-16 pair) at position " + (i + 1);
			}
			boolean lineBreak = c == '\n' || c == '\r' || c == '\t' || c == '\u2028' || c == '\u2029';
			if (lineBreak && !prose) {
				return "it holds a line break or tab at position %d, where one line is expected".formatted(i + 1);
			}
			if (!lineBreak && (Character.getType(c) == Character.CONTROL || c == '\uFFFE' || c == '\uFFFF')) {
				return "it holds a control character (U+%04X) at position %d".formatted((int) c, i + 1);
			}
		}
		return null;
	}

}
