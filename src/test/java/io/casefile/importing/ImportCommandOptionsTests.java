package io.casefile.importing;

import java.nio.file.Path;

import java.time.LocalDate;
import java.util.Map;

import io.casefile.csv.FileSource;
import io.casefile.tracker.TrackerColumns;
import io.casefile.tracker.TrackerImport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * What the command line understands: files, {@code --valid-rows}, a column mapping, and
 * settings passed through to Casefile.
 */
class ImportCommandOptionsTests {

	@Test
	void anotherTrackersColumnsAreMappedAndTheRestFoundByTheirUsualNames() {
		ImportCommand.Options options = ImportCommand.Options.parse(new String[] { "import", "other.csv",
				"--valid-rows", "--columns=company:Company,headcount:Laid_Off_Count", "--spring.neo4j.uri=bolt://x" });

		assertThat(options.files()).containsExactly(Path.of("other.csv"));
		assertThat(options.tracker().mode()).isEqualTo(TrackerImport.Mode.VALID_ROWS);
		assertThat(options.tracker().columns())
			.isEqualTo(TrackerColumns.of(Map.of("company", "Company", "headcount", "Laid_Off_Count")));
		assertThat(options.settings()).containsExactly("--spring.neo4j.uri=bolt://x");
	}

	@Test
	void aTrackerWithoutASourceColumnIsCitedToTheSourceGivenWithIt() {
		ImportCommand.Options options = ImportCommand.Options
			.parse(new String[] { "import", "warn.csv", "--source=https://example.org/warn-notices",
					"--source-title=WARN notices", "--known-since=2026-02-01" });

		assertThat(options.tracker().source())
			.isEqualTo(new FileSource("https://example.org/warn-notices", "WARN notices", null));
		assertThat(options.tracker().knownSince()).isEqualTo(LocalDate.of(2026, 2, 1));
	}

	@Test
	void anUnknownFieldOrNoFileIsAnErrorThatSaysWhy() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ImportCommand.Options.parse(new String[] { "import", "a.csv", "--columns=firm:Firm" }))
			.withMessageContaining("--columns: no field \"firm\"");
		assertThatIllegalArgumentException().isThrownBy(() -> ImportCommand.Options.parse(new String[] { "import" }))
			.withMessage("Name at least one file to import.");
	}

}
