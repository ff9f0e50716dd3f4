package io.casefile.date;

/**
 * How precisely a source dated something.
 */
public enum DatePrecision {

	/** A single day: "4 February 2026". */
	DAY,
	/** The early, mid or late part of a month: "late October 2025". */
	PART_OF_MONTH,
	/** A month: "June 2025". */
	MONTH,
	/** A calendar quarter: "Q3 2025". */
	QUARTER,
	/** A year: "2025". */
	YEAR,
	/** A span of whole years: "between 2017 and 2022". */
	YEAR_SPAN,
	/** A span of days, such as a fiscal quarter: "2024-09-29 to 2024-12-28". */
	DAY_SPAN,
	/** The source gives no date. */
	UNKNOWN

}
