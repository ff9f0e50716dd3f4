package io.casefile.filing;

import java.util.List;

/**
 * What importing company facts did.
 *
 * @param file the file's name
 * @param companies the companies whose facts were recorded
 * @param quarters the quarters read from them
 * @param facts the facts recorded: quarters and their figures, each claim counted
 * @param eventsCreated quarters and years of capital expenditure the graph did not have
 * @param claimsAdded those the graph had (from another source, or an earlier filing) that
 * gained a filing's claims
 * @param unchanged those the graph had with every claim
 * @param sourcesCreated filings the graph did not have
 * @param refused the company files of a bulk archive that were refused, each with why
 * (the others were recorded)
 * @param millis how long the import took
 */
public record FilingImportReport(String file, int companies, int quarters, int facts, int eventsCreated,
		int claimsAdded, int unchanged, int sourcesCreated, List<String> refused, long millis) {

	public FilingImportReport {
		refused = List.copyOf(refused);
	}

}
