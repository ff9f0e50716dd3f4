package io.casefile.date;

/**
 * The part of a month a source named: early is days 1-10, mid days 11-20, late day 21 to
 * the month's end.
 */
public enum MonthPart {

	EARLY, MID, LATE

}
