package io.casefile.filing;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import io.casefile.recording.Problem;
import io.casefile.recording.RecordingRejectedException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads an SEC company facts file ({@code CIK0001018724.json}) as a stream of tokens:
 * only the concepts of {@link Concepts}, in dollars, with a period, are kept; the rest of
 * the file (thousands of concepts for a large filer) is skipped without being held. The
 * shape is the SEC's:
 *
 * <pre>
 * {"cik": 1018724, "entityName": "AMAZON.COM, INC.",
 *  "facts": {"us-gaap": {"NetCashProvidedByUsedInOperatingActivities": {"label": ..., "units": {"USD": [
 *     {"start": "2025-01-01", "end": "2025-09-30", "val": 88000000000, "accn": "0001018724-25-000123",
 *      "fy": 2025, "fp": "Q3", "form": "10-Q", "filed": "2025-10-31", "frame": "CY2025Q3"}, ...]}}}}}
 * </pre>
 *
 * A value without a period ({@code start}) is a balance, not a flow, and is not read.
 */
final class CompanyFactsReader {

	private static final JsonFactory JSON = new JsonFactory();

	private CompanyFactsReader() {
	}

	/**
	 * The company's facts; a file that is not company facts JSON, or whose values do not
	 * read, is refused with every problem found ({@code IMPORT_REJECTED}).
	 * @param name the file's name, as problems name it
	 */
	static CompanyFacts read(InputStream in, String name) {
		List<Problem> problems = new ArrayList<>();
		try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), in)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				throw refused(name, "the file", "it is not an SEC company facts file: one JSON object is expected");
			}
			Long cik = null;
			String entity = null;
			List<Reported> reported = new ArrayList<>();
			boolean facts = false;
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String field = parser.currentName();
				JsonToken value = parser.nextToken();
				switch (field) {
					case "cik" -> cik = cik(parser, value);
					case "entityName" -> entity = (value == JsonToken.VALUE_STRING) ? parser.getString().strip() : null;
					case "facts" -> {
						facts = true;
						if (value != JsonToken.START_OBJECT) {
							throw refused(name, "facts", "\"facts\" must be an object of taxonomies");
						}
						taxonomies(parser, reported, problems);
					}
					default -> parser.skipChildren();
				}
			}
			if (cik == null || cik <= 0) {
				problems.add(Problem.at("the file", "cik", null,
						"the company's CIK is missing: company facts files begin {\"cik\": 1018724, ...}"));
			}
			if (entity == null || entity.isBlank()) {
				problems.add(Problem.at("the file", "entityName", null, "the company's name is missing"));
			}
			if (!facts) {
				problems.add(Problem.at("the file", "facts", null,
						"there are no \"facts\": this is not an SEC company facts file"));
			}
			if (!problems.isEmpty()) {
				throw RecordingRejectedException.file(name, problems);
			}
			return new CompanyFacts(cik, entity, reported);
		}
		catch (JacksonException ex) {
			TokenStreamLocation at = ex.getLocation();
			String place = (at != null && at.getLineNr() > 0)
					? " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")" : "";
			throw refused(name, "the file", "this is not valid JSON" + place + ": was the file cut short?");
		}
	}

	private static RecordingRejectedException refused(String name, String where, String reason) {
		return RecordingRejectedException.file(name, List.of(Problem.at(where, null, null, reason)));
	}

	private static @Nullable Long cik(JsonParser parser, JsonToken value) {
		if (value == JsonToken.VALUE_NUMBER_INT) {
			return parser.getLongValue();
		}
		if (value == JsonToken.VALUE_STRING && parser.getString().strip().matches("(?i)(CIK)?\\d{1,10}")) {
			return Long.parseLong(parser.getString().strip().replaceFirst("(?i)^CIK", ""));
		}
		parser.skipChildren();
		return null;
	}

	/** The us-gaap concepts Casefile reads; other taxonomies and concepts are skipped. */
	private static void taxonomies(JsonParser parser, List<Reported> reported, List<Problem> problems) {
		member(parser, Concepts.TAXONOMY, JsonToken.START_OBJECT, () -> members(parser, (concept, value) -> {
			String metric = Concepts.metricOf(concept);
			if (metric == null || value != JsonToken.START_OBJECT) {
				return false;
			}
			concept(parser, metric, concept, reported, problems);
			return true;
		}));
	}

	/** A concept's values in dollars ({@code units.USD}); other units are skipped. */
	private static void concept(JsonParser parser, String metric, String concept, List<Reported> reported,
			List<Problem> problems) {
		member(parser, "units", JsonToken.START_OBJECT, () -> member(parser, "USD", JsonToken.START_ARRAY, () -> {
			int index = 0;
			while (parser.nextToken() == JsonToken.START_OBJECT) {
				String where = "facts.us-gaap." + concept + ".units.USD[" + index++ + "]";
				Reported one = value(parser, metric, concept, where, problems);
				if (one != null) {
					reported.add(one);
				}
			}
		}));
	}

	/**
	 * Reads the members of the object the parser is in: each is offered to {@code read},
	 * and one it does not take is skipped whole.
	 */
	private static void members(JsonParser parser, Member read) {
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			if (!read.take(name, parser.nextToken())) {
				parser.skipChildren();
			}
		}
	}

	/** Reads the one member of this name and kind of value; the others are skipped. */
	private static void member(JsonParser parser, String name, JsonToken kind, Runnable read) {
		members(parser, (member, value) -> {
			if (!member.equals(name) || value != kind) {
				return false;
			}
			read.run();
			return true;
		});
	}

	/** A member of an object, offered by name with its first token. */
	@FunctionalInterface
	private interface Member {

		/** Reads the member's value and says so, or says it leaves it to be skipped. */
		boolean take(String name, JsonToken value);

	}

	/** One value, or null when it has no period (a balance) or does not read. */
	private static @Nullable Reported value(JsonParser parser, String metric, String concept, String where,
			List<Problem> problems) {
		String start = null;
		String end = null;
		BigDecimal val = null;
		String accession = null;
		Integer fy = null;
		String fp = null;
		String form = null;
		String filed = null;
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String field = parser.currentName();
			JsonToken token = parser.nextToken();
			switch (field) {
				case "start" -> start = text(parser, token);
				case "end" -> end = text(parser, token);
				case "val" -> val = (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT)
						? parser.getDecimalValue() : null;
				case "accn" -> accession = text(parser, token);
				case "fy" -> fy = (token == JsonToken.VALUE_NUMBER_INT) ? parser.getIntValue() : null;
				case "fp" -> fp = text(parser, token);
				case "form" -> form = text(parser, token);
				case "filed" -> filed = text(parser, token);
				default -> parser.skipChildren();
			}
		}
		if (start == null) {
			return null;
		}
		int before = problems.size();
		LocalDate first = day(start, where, "start", problems);
		LocalDate last = day(end, where, "end", problems);
		LocalDate on = day(filed, where, "filed", problems);
		if (val == null) {
			problems.add(Problem.at(where, "val", null, "the value is missing or not a number"));
		}
		if (accession == null || !accession.matches("\\d{10}-\\d{2}-\\d{6}")) {
			problems.add(Problem.at(where, "accn", accession,
					"an accession number is written 0001018724-25-000123; the filing cannot be cited without it"));
		}
		if (form == null || form.isBlank()) {
			problems.add(Problem.at(where, "form", null, "the form (10-Q, 10-K) is missing"));
		}
		if (first != null && last != null && last.isBefore(first)) {
			problems.add(Problem.at(where, "end", end, "the period ends before it starts (" + start + ")"));
		}
		if (problems.size() > before) {
			return null;
		}
		return new Reported(metric, concept, first, last, val, accession, fy, fp, form.strip(), on);
	}

	private static @Nullable String text(JsonParser parser, JsonToken token) {
		if (token == JsonToken.VALUE_STRING) {
			return parser.getString();
		}
		parser.skipChildren();
		return null;
	}

	private static @Nullable LocalDate day(@Nullable String text, String where, String field, List<Problem> problems) {
		if (text == null) {
			problems.add(Problem.at(where, field, null, "the day is missing"));
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			problems.add(Problem.at(where, field, text, "a day is written 2025-09-30"));
			return null;
		}
	}

}
