package io.casefile.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.jspecify.annotations.Nullable;

/**
 * The events as CSV for spreadsheets: one row per event and citation (an event with three
 * sources has three rows with the same event columns), dates with their text, precision
 * and bounds, RFC 4180 quoting and a byte order mark so that spreadsheets read it as
 * UTF-8.
 *
 * <p>
 * A text cell a spreadsheet would run as a formula (starting with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return) is neutralised as OWASP advises: a
 * single quote in front, so that it shows as the text it is. The number columns
 * (headcount, amount) hold plain numbers and are left alone, so that a negative amount
 * stays a number.
 */
final class CsvExport {

	static final List<String> HEADER = List.of("event_id", "kind", "title", "date_text", "date_precision",
			"date_earliest", "date_latest", "organizations", "people", "headcount", "amount", "currency", "amount_text",
			"facts", "summary", "quote", "citation_excerpt", "source_title", "source_author", "source_publisher",
			"source_url", "source_published", "known_since", "via");

	/** What a spreadsheet reads as the start of a formula. */
	private static final Pattern FORMULA = Pattern.compile("^[=+\\-@\t\r]");

	private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.MINIMAL).get();

	private CsvExport() {
	}

	static void write(List<ExportedEvent> events, Writer out) {
		try {
			out.write('\uFEFF');
			CSVPrinter csv = new CSVPrinter(out, FORMAT);
			csv.printRecord(HEADER);
			for (ExportedEvent event : events) {
				if (event.citations().isEmpty()) {
					csv.printRecord(row(event, null));
				}
				for (ExportedEvent.Cited citation : event.citations()) {
					csv.printRecord(row(event, citation));
				}
			}
			csv.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> row(ExportedEvent e, ExportedEvent.@Nullable Cited citation) {
		List<String> row = new ArrayList<>(HEADER.size());
		row.add(text(e.id()));
		row.add(text(e.kind()));
		row.add(text(e.title()));
		row.add(text(e.date().text()));
		row.add(text(e.date().precision()));
		row.add(text((e.date().earliest() != null) ? e.date().earliest().toString() : null));
		row.add(text((e.date().latest() != null) ? e.date().latest().toString() : null));
		row.add(text(String.join("; ", e.organizations().stream().map(ExportedEvent.Named::name).toList())));
		row.add(text(String.join("; ", e.people().stream().map(ExportedEvent.Named::name).toList())));
		row.add(number((e.headcount() != null) ? e.headcount().toString() : null));
		row.add(number((e.amount() != null) ? ExportedEvent.plain(e.amount().value()) : null));
		row.add(text((e.amount() != null) ? e.amount().currency() : null));
		row.add(text((e.amount() != null) ? e.amount().text() : null));
		row.add(text(e.factsLine()));
		row.add(text(e.summary()));
		row.add(text(e.quote()));
		row.add(text((citation != null) ? citation.excerpt() : null));
		row.add(text((citation != null) ? citation.source().label() : null));
		row.add(text((citation != null) ? citation.source().authorName() : null));
		row.add(text((citation != null) ? citation.source().publisher() : null));
		row.add(text((citation != null) ? citation.source().url() : null));
		row.add(text((citation != null) ? citation.source().publishedOn().text() : null));
		row.add(text((citation != null && citation.knownSince() != null) ? citation.knownSince().toString() : null));
		row.add(text((citation != null) ? citation.via() : null));
		return row;
	}

	/**
	 * A text cell: neutralised when a spreadsheet would take it for a formula.
	 */
	static String text(@Nullable String value) {
		if (value == null) {
			return "";
		}
		return FORMULA.matcher(value).find() ? "'" + value : value;
	}

	/** A number cell: a plain number as it is, anything else as text. */
	static String number(@Nullable String value) {
		if (value == null) {
			return "";
		}
		return NUMBER.matcher(value).matches() ? value : text(value);
	}

}
