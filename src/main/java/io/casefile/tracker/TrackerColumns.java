package io.casefile.tracker;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.casefile.csv.CsvColumns;
import io.casefile.recording.Problem;

/**
 * Which column of a tracker holds which field. Trackers name their columns differently
 * ("company", "Company Name", "Employer"; "total_laid_off", "# Laid Off", "Number of
 * Workers"; "date", "Date Announced", "WARN Received Date"), so each field is found by
 * its usual names, whatever their case, spacing and punctuation; a header given for a
 * field ({@code --columns=headcount:Jobs}) is taken instead. A tracker needs a company
 * and a date column; without a headcount column its rows have none; without a source
 * column, the whole file is cited to one source given with it.
 */
public record TrackerColumns(CsvColumns columns) {

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
	public static final TrackerColumns USUAL_NAMES = new TrackerColumns(new CsvColumns(USUAL, Map.of()));

	/** The fields a tracker's columns can hold. */
	public static final List<String> FIELDS = List.copyOf(USUAL.keySet());

	/**
	 * Columns with the headers given for some fields (field name to header).
	 * @throws IllegalArgumentException for a field that is not one of {@link #FIELDS}
	 */
	public static TrackerColumns of(Map<String, String> headers) {
		return new TrackerColumns(USUAL_NAMES.columns().with(headers));
	}

	/**
	 * Where each field is in a header line; a required column missing is a problem at
	 * line 1.
	 * @param sourceGiven whether the file comes with one source for all its rows, so that
	 * it needs no source column
	 */
	CsvColumns.Layout layout(List<String> header, boolean sourceGiven, List<Problem> problems) {
		List<String> required = new ArrayList<>(List.of("company", "date"));
		if (!sourceGiven) {
			required.add("source");
		}
		return this.columns.layout(header, required,
				Map.of("source", "; give the one source of the whole file with --source URL"), problems);
	}

}
