package io.casefile.organization;

import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;

import io.casefile.system.InvalidArgumentException;
import io.casefile.system.Messages;

/**
 * The kinds of identifier an organization has besides its names; each is unique per type,
 * and each has one written form, so that "1018724", "0001018724" and "CIK0001018724" are
 * one CIK.
 */
public enum IdentifierType {

	/**
	 * A stock ticker, such as {@code AMZN}; share classes written BRK.B, BRK-B or BRK/B
	 * are one.
	 */
	TICKER(Pattern.compile("[A-Z0-9][A-Z0-9.]{0,11}"), "a stock ticker such as AMZN or BRK.B"),
	/** The SEC's Central Index Key, ten digits: {@code 0001018724}. */
	CIK(Pattern.compile("\\d{10}"), "the SEC's Central Index Key, up to ten digits, such as 1018724"),
	/**
	 * A Legal Entity Identifier (ISO 17442): twenty letters and digits, the last two
	 * check digits.
	 */
	LEI(Pattern.compile("[A-Z0-9]{18}\\d{2}"), "a Legal Entity Identifier of 20 letters and digits"),
	/** A Wikidata item: {@code Q3884}. */
	WIKIDATA(Pattern.compile("Q[1-9]\\d{0,11}"), "a Wikidata item such as Q3884"),
	/** The organization's web domain: {@code amazon.com}. */
	DOMAIN(Pattern.compile("(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}"),
			"a web domain such as amazon.com");

	/**
	 * Whether an organization has at most one of this kind: a CIK, an LEI, a Wikidata
	 * item (but several tickers, several domains).
	 */
	public boolean onePerOrganization() {
		return this == CIK || this == LEI || this == WIKIDATA;
	}

	private final Pattern form;

	private final String description;

	IdentifierType(Pattern form, String description) {
		this.form = form;
		this.description = description;
	}

	/**
	 * The identifier in its one written form.
	 * @throws InvalidArgumentException when the value is not an identifier of this type
	 */
	public String normalize(String value) {
		String written = value.strip();
		String normal = switch (this) {
			case TICKER -> written.toUpperCase(Locale.ROOT).replace('-', '.').replace('/', '.');
			case CIK -> {
				String digits = written.toUpperCase(Locale.ROOT).replaceFirst("^CIK", "").strip();
				yield (digits.matches("\\d{1,10}")) ? "0".repeat(10 - digits.length()) + digits : digits;
			}
			case LEI -> written.toUpperCase(Locale.ROOT).replace(" ", "");
			case WIKIDATA -> written.toUpperCase(Locale.ROOT);
			case DOMAIN -> written.toLowerCase(Locale.ROOT)
				.replaceFirst("^[a-z][a-z0-9+.-]*://", "")
				.replaceFirst("[/?#].*$", "")
				.replaceFirst("^www\\.", "");
		};
		if (!this.form.matcher(normal).matches() || (this == LEI && !validLeiCheckDigits(normal))) {
			throw new InvalidArgumentException(
					Messages.quote(value) + " is not a " + name() + ": give " + this.description);
		}
		return normal;
	}

	/**
	 * ISO 7064 MOD 97-10, as for IBANs: the letters as numbers, the whole mod 97 is 1.
	 */
	private static boolean validLeiCheckDigits(String lei) {
		StringBuilder digits = new StringBuilder();
		for (char c : lei.toCharArray()) {
			digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
		}
		return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
	}

}
