package io.casefile.organization;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How an organization's names are matched, without changing what it is called.
 * <p>
 * Two keys are kept for every name. The <em>key</em> is the name itself, whatever its
 * case and spacing ("Amazon.com, Inc." and "amazon.com, inc."): one name belongs to one
 * organization. The <em>match key</em> also ignores what sources write differently about
 * the same company: punctuation, accents, "&amp;" for "and", a leading "The", a share
 * class ("Alphabet Inc. (Class A)" and "(Class C)" are one company), and legal forms at
 * the end ("Inc.", ", Inc.", "Corp.", "Corporation", "Company", "Ltd", "plc", "N.V.",
 * "AG", "S.A.", "GmbH", "Holdings"...), so that "Amazon.com Inc" finds "Amazon.com, Inc."
 * and "eBay Inc." finds "eBay". A match key that fits two organizations names neither:
 * the caller is told the candidates.
 */
public final class OrganizationNames {

	/**
	 * Legal forms, as words after punctuation is gone, longest first so that "co ltd" is
	 * removed whole. Only at the end of a name, and never the whole name ("AG" alone
	 * stays "ag").
	 */
	private static final List<String> LEGAL_FORMS = sortedLongestFirst("inc", "incorporated", "corp", "corporation",
			"co", "company", "and co", "and company", "cos", "companies", "ltd", "limited", "llc", "l l c", "lp", "l p",
			"llp", "plc", "p l c", "nv", "n v", "bv", "b v", "ag", "sa", "s a", "se", "s e", "spa", "s p a", "sas",
			"srl", "gmbh", "kgaa", "ab", "asa", "oyj", "a s", "as", "aps", "pte", "pty", "pty ltd", "pte ltd", "co ltd",
			"kk", "bhd", "sdn bhd", "holdings", "holding", "group", "the");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	/** A share class in brackets, as lists of listed companies write it. */
	private static final Pattern SHARE_CLASS = Pattern
		.compile("(?i)\\s*\\((?:class|series|cl\\.?)\\s+[a-z0-9]{1,2}(?:\\s+shares?)?\\)\\s*$");

	private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private OrganizationNames() {
	}

	/**
	 * The key a name is stored and found by: case, runs of white space and surrounding
	 * blanks do not matter.
	 */
	public static String key(String name) {
		return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	/**
	 * The key that names sources spell differently share: the words of the name, without
	 * accents, punctuation, a leading "the", or legal forms at its end; "&amp;" reads as
	 * "and". Empty only for a name with no letter or digit.
	 */
	public static String matchKey(String name) {
		String plain = MARKS
			.matcher(Normalizer.normalize(SHARE_CLASS.matcher(name).replaceAll(""), Normalizer.Form.NFKD))
			.replaceAll("");
		// "Amazon.com" keeps its dot as a word break: "amazon com".
		String words = NOT_A_WORD.matcher(plain.toLowerCase(Locale.ROOT).replace("&", " and ")).replaceAll(" ").strip();
		if (words.isEmpty()) {
			return "";
		}
		List<String> parts = new ArrayList<>(Arrays.asList(words.split(" ")));
		if (parts.size() > 1 && parts.getFirst().equals("the")) {
			parts.removeFirst();
		}
		boolean removed = true;
		while (removed && parts.size() > 1) {
			removed = false;
			String joined = String.join(" ", parts);
			for (String form : LEGAL_FORMS) {
				int length = form.split(" ").length;
				if (parts.size() > length && joined.endsWith(" " + form)) {
					parts.subList(parts.size() - length, parts.size()).clear();
					removed = true;
					break;
				}
			}
		}
		return String.join(" ", parts);
	}

	private static List<String> sortedLongestFirst(String... forms) {
		return Arrays.stream(forms)
			.sorted((a, b) -> Integer.compare(b.split(" ").length, a.split(" ").length))
			.toList();
	}

}
