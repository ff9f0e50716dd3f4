package io.casefile.tracker;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A checked row of a tracker.
 *
 * @param line its first line in the file, the header being line 1
 * @param source the report's address, or the name of a document when the tracker gives no
 * address ("Internal memo"); null when the file comes with one source for all rows
 * @param percentage the share of staff as the tracker writes it (5, or 0.05)
 * @param dateAdded the day the tracker added the row: when the claim was first on record
 */
record TrackerRow(int line, String company, @Nullable Long headcount, LocalDate date, @Nullable String source,
		@Nullable String location, @Nullable Double percentage, @Nullable String industry, @Nullable String country,
		@Nullable LocalDate dateAdded) {

	/** The row without its line: two rows with the same key say the same thing. */
	TrackerRow key() {
		return new TrackerRow(0, this.company.strip().toLowerCase(java.util.Locale.ROOT), this.headcount, this.date,
				this.source, this.location, this.percentage, this.industry, this.country, this.dateAdded);
	}

}
