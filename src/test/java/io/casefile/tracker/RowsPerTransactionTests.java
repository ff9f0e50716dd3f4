package io.casefile.tracker;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How many rows a tracker's transaction starts with: the setting, unless the heap cannot
 * hold that many.
 */
class RowsPerTransactionTests {

	static final long GIB = 1024L * 1024 * 1024;

	@Test
	void aLargeHeapTakesTheSetting() {
		assertThat(TrackerImport.rowsPerTransaction(100_000, 24 * GIB)).isEqualTo(100_000);
		assertThat(TrackerImport.rowsPerTransaction(2_000, 8 * GIB)).isEqualTo(2_000);
	}

	@Test
	void aSmallHeapTakesWhatSeventyPercentOfItHoldsAt128KibibytesARow() {
		assertThat(TrackerImport.rowsPerTransaction(100_000, GIB)).isEqualTo(5_734);
		assertThat(TrackerImport.rowsPerTransaction(100_000, 2 * GIB)).isEqualTo(11_468);
		assertThat(TrackerImport.rowsPerTransaction(100_000, 8 * GIB)).isEqualTo(45_875);
	}

	@Test
	void aTinyHeapStillStartsWithAThousandRowsUnlessTheSettingSaysFewer() {
		assertThat(TrackerImport.rowsPerTransaction(100_000, 16L * 1024 * 1024)).isEqualTo(1_000);
		assertThat(TrackerImport.rowsPerTransaction(10, 16L * 1024 * 1024)).isEqualTo(10);
	}

}
