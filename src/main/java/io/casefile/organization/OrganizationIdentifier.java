package io.casefile.organization;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * An identifier of an organization: a type and a value in its one written form, and for a
 * ticker the exchange when known. It is unique per type: one CIK, one ticker belongs to
 * one organization; it never clashes with a name (a company named "Dash" and another's
 * ticker DASH are told apart by the type).
 *
 * @param exchange the exchange a ticker is listed on ({@code NASDAQ}), when known
 */
public record OrganizationIdentifier(IdentifierType type, String value, @Nullable String exchange) {

	private static final Pattern WRITTEN = Pattern.compile("(?i)(ticker|cik|lei|wikidata|domain):(.+)");

	private static final Pattern EXCHANGE_AND_TICKER = Pattern.compile("([A-Za-z]{2,10}):(.+)");

	public OrganizationIdentifier {
		value = type.normalize(value);
		exchange = (exchange == null || exchange.isBlank()) ? null : exchange.strip().toUpperCase(Locale.ROOT);
	}

	public OrganizationIdentifier(IdentifierType type, String value) {
		this(type, value, null);
	}

	/** The key it is stored and found by, unique in the graph: {@code CIK:0001018724}. */
	public String key() {
		return this.type.name() + ":" + this.value;
	}

	/**
	 * Reads an identifier written as {@code type:value}: {@code cik:1018724},
	 * {@code ticker:AMZN}, {@code ticker:NASDAQ:AMZN}, {@code lei:...},
	 * {@code wikidata:Q3884}, {@code domain:amazon.com}; empty for any other text, which
	 * is an id or a name.
	 * @throws io.casefile.system.InvalidArgumentException when the type is named but the
	 * value is not one of it
	 */
	public static Optional<OrganizationIdentifier> parse(String text) {
		Matcher written = WRITTEN.matcher(text.strip());
		if (!written.matches()) {
			return Optional.empty();
		}
		IdentifierType type = IdentifierType.valueOf(written.group(1).toUpperCase(Locale.ROOT));
		String value = written.group(2);
		if (type == IdentifierType.TICKER) {
			Matcher listed = EXCHANGE_AND_TICKER.matcher(value.strip());
			if (listed.matches()) {
				return Optional.of(new OrganizationIdentifier(type, listed.group(2), listed.group(1)));
			}
		}
		return Optional.of(new OrganizationIdentifier(type, value));
	}

	@Override
	public String toString() {
		return this.type.name().toLowerCase(Locale.ROOT) + ":" + ((this.exchange != null) ? this.exchange + ":" : "")
				+ this.value;
	}

}
