package io.casefile.dataset;

import java.nio.file.Path;

import io.casefile.dataset.LayoffTracker.Columns;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * What the command line understands: files, {@code --valid-rows}, a column mapping, and
 * settings passed through to Casefile.
 */
class ImportCommandOptionsTests {

	@Test
	void anotherTrackersColumnsAreMappedAndTheRestKeepThePublicTrackersHeaders() {
		ImportCommand.Options options = ImportCommand.Options.parse(new String[] { "import", "other.csv",
				"--valid-rows", "--columns=company:Company,headcount:Laid_Off_Count", "--spring.neo4j.uri=bolt://x" });

		assertThat(options.files()).containsExactly(Path.of("other.csv"));
		assertThat(options.mode()).isEqualTo(TrackerImport.Mode.VALID_ROWS);
		assertThat(options.columns()).isEqualTo(new Columns("Company", "Laid_Off_Count", "date", "source", "location",
				"percentage_laid_off", "industry", "country", "date_added"));
		assertThat(options.settings()).containsExactly("--spring.neo4j.uri=bolt://x");
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
