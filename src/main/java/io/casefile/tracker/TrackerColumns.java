package io.casefile.tracker;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.casefile.recording.Problem;
import org.jspecify.annotations.Nullable;

/**
 * Which column of a tracker holds which field. Trackers name their columns differently
 * ("company", "Company Name", "Employer"; "total_laid_off", "# Laid Off", "Number of
 * Workers"; "date", "Date Announced", "WARN Received Date"), so each field is found by
 * its usual names, whatever their case, spacing and punctuation; a header given for a
 * field ({@code --columns=headcount:Jobs}) is taken instead. A tracker needs a company
 * and a date column; without a headcount column its rows have none; without a source
 * column, the whole file is cited to one source given with it.
 *
 * @param headers the header given for each field, by field name (see {@link #FIELDS})
 */
public record TrackerColumns(Map<String, String> headers) {

	/** The fields a tracker's columns can hold. */
	public static final List<String> FIELDS = List.of("company", "headcount", "date", "source", "location",
			"percentage", "industry", "country", "dateAdded");

	/** Every field's usual column names, written without case, space or punctuation. */
	private static final Map<String, List<String>> USUAL = new LinkedHashMap<>();

	static {
		USUAL.put("company", List.of("company", "companyname", "employer", "employername", "organization",
				"organisation", "organizationname", "business", "businessname", "firm"));
		USUAL.put("headcount",
				List.of("totallaidoff", "laidoff", "numberlaidoff", "laidoffcount", "numlaidoff", "headcount",
						"employeesaffected", "numberofworkers", "workersaffected", "numberofemployeesaffected",
						"affectedemployees", "jobscut", "jobslost", "layoffs", "numberofemployees", "employees"));
		USUAL.put("date", List.of("date", "dateannounced", "announced", "announcementdate", "announceddate",
				"layoffdate", "noticedate", "warnreceiveddate", "receiveddate", "datereported", "reported", "day"));
		USUAL.put("source", List.of("source", "sourceurl", "url", "link", "article", "articleurl", "reference", "news",
				"citation"));
		USUAL.put("location", List.of("location", "locationhq", "hq", "headquarters", "city", "place"));
		USUAL.put("percentage", List.of("percentagelaidoff", "percentage", "percent", "pctlaidoff", "laidoffpercent",
				"laidoffpercentage", "percentofworkforce", "shareofstaff"));
		USUAL.put("industry", List.of("industry", "sector"));
		USUAL.put("country", List.of("country", "nation"));
		USUAL.put("dateAdded", List.of("dateadded", "added", "addedon", "dateentered", "enteredon", "recordedon"));
	}

	/** Every column found by its usual name. */
	public static final TrackerColumns USUAL_NAMES = new TrackerColumns(Map.of());

	public TrackerColumns {
		headers = Map.copyOf(headers);
	}

	/**
	 * Columns with the headers given for some fields (field name to header).
	 * @throws IllegalArgumentException for a field that is not one of {@link #FIELDS}
	 */
	public static TrackerColumns of(Map<String, String> headers) {
		for (String field : headers.keySet()) {
			if (!FIELDS.contains(field)) {
				throw new IllegalArgumentException("no field \"" + field + "\"; the fields are " + FIELDS);
			}
		}
		return new TrackerColumns(headers);
	}

	/**
	 * Where each field is in a header line, by index (-1 when the tracker has no such
	 * column); a required column missing is a problem at line 1.
	 * @param sourceGiven whether the file comes with one source for all its rows, so that
	 * it needs no source column
	 */
	Layout layout(List<String> header, boolean sourceGiven, List<Problem> problems) {
		List<String> written = header.stream().map(TrackerColumns::written).toList();
		Map<String, Integer> index = new LinkedHashMap<>();
		for (String field : FIELDS) {
			String given = this.headers.get(field);
			int at = -1;
			if (given != null) {
				at = written.indexOf(written(given));
				if (at < 0) {
					problems.add(Problem.atLine(1, field, given,
							"the header has no such column; it has " + String.join(", ", header)));
				}
			}
			else {
				for (String name : USUAL.get(field)) {
					at = written.indexOf(name);
					if (at >= 0 && !index.containsValue(at)) {
						break;
					}
					at = -1;
				}
			}
			index.put(field, at);
		}
		List<String> required = new ArrayList<>(List.of("company", "date"));
		if (!sourceGiven) {
			required.add("source");
		}
		for (String field : required) {
			if (index.get(field) < 0 && this.headers.get(field) == null) {
				problems.add(Problem.atLine(1, field, null,
						"the header has no "
								+ field + " column (" + String.join(", ", header) + ")" + (field.equals("source")
										? "; give the one source of the whole file with --source URL" : "")
								+ "; name it with --columns=" + field + ":Header"));
			}
		}
		return new Layout(index, header.size());
	}

	/**
	 * A header as compared: no case, space or punctuation ("# Laid Off" is "laidoff").
	 */
	private static String written(String header) {
		return header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
	}

	/** Where each field is in a tracker's records. */
	record Layout(Map<String, Integer> index, int columns) {

		@Nullable String field(List<String> record, String field) {
			int at = this.index.getOrDefault(field, -1);
			if (at < 0 || at >= record.size()) {
				return null;
			}
			String value = record.get(at).strip();
			return value.isEmpty() ? null : value;
		}

	}

}
