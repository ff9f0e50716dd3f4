package io.casefile.tracker;

import java.util.List;

import io.casefile.recording.Problem;

/**
 * What importing a tracker did, row by row: every row read is counted once, as created,
 * merged or unchanged; the rows not imported are listed with their line, field and
 * reason.
 *
 * @param file the file's name, as the citations' {@code via} records it
 * @param rows the rows read that a source supports
 * @param created rows that became a new layoff wave
 * @param merged rows that became another claim about a wave already in the graph or
 * earlier in the file, and rows identical to an earlier row of the file
 * @param unchanged rows whose claim the graph already had (the file was imported before)
 * @param skipped well-formed rows not imported because nothing says where they come from
 * @param rejected rows that are malformed; with {@link TrackerImport.Mode#VALID_ROWS}
 * only, since otherwise the file is refused whole
 * @param withoutHeadcount the lines of imported rows that give no headcount (kept without
 * one)
 * @param organizationsCreated organizations the graph did not know by any name
 * @param sourcesCreated sources the graph did not have
 * @param possibleDuplicates new waves that may be ones the graph had, for a person to
 * settle
 * @param transactions how many transactions wrote the rows: one, unless the file has more
 * rows than a transaction holds
 * @param millis how long the import took
 */
public record ImportReport(String file, int rows, int created, int merged, int unchanged, List<Problem> skipped,
		List<Problem> rejected, List<Integer> withoutHeadcount, int organizationsCreated, int sourcesCreated,
		List<PossibleDuplicate> possibleDuplicates, int transactions, long millis) {

	/** A new wave from a row, and a wave of the graph it may be. */
	public record PossibleDuplicate(int line, String event, String candidate) {
	}

}
