package io.casefile.dataset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import io.casefile.dataset.LayoffTracker.Columns;
import io.casefile.dataset.LayoffTracker.Problem;
import io.casefile.dataset.LayoffTracker.Reading;
import io.casefile.dataset.LayoffTracker.Row;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading CSV layoff trackers: the real public tracker whole, another tracker's columns,
 * and every kind of bad row reported with its line and reason.
 */
class LayoffTrackerTests {

	private static final String HEADER = "company,location,total_laid_off,date,percentage_laid_off,industry,source,"
			+ "stage,funds_raised,country,date_added\n";

	private static final String AMAZON_JANUARY = "Amazon,Seattle,16000.0,1/28/2026,,Retail,"
			+ "https://www.aboutamazon.com/news/company-news/amazon-layoffs-corporate-jan-2026,Post-IPO,8100,United States,1/28/2026\n";

	@Test
	void thePublicTrackerReadsWholeAndKeepsRowsWithoutAHeadcountWithoutOne() throws IOException {
		Reading reading = read(new ClassPathResource("trackers/layoffs-tracker-2020-2026.csv").getInputStream(),
				Columns.LAYOFFS_TRACKER);
		assertThat(reading.problems()).isEmpty();
		// Three rows name no source at all: they are skipped, each with its line, never
		// given one.
		assertThat(reading.skipped()).extracting(Problem::line).containsExactly(1457, 2434, 3122);
		assertThat(reading.rows()).hasSize(4274);
		assertThat(reading.merged()).isZero();
		assertThat(reading.withoutHeadcount()).isEqualTo(1473);
		assertThat(reading.rows())
			.filteredOn((row) -> row.location() != null && row.location().equals("Ottawa, Non-U.S."))
			.isNotEmpty();
	}

	@Test
	void amazonsWavesIn2025And2026ComeWithTheirDatesCountsAndSources() throws IOException {
		Reading reading = read(new ClassPathResource("trackers/layoffs-tracker-2020-2026.csv").getInputStream(),
				Columns.LAYOFFS_TRACKER);
		List<Row> amazon = reading.rows()
			.stream()
			.filter((row) -> row.company().equals("Amazon") && row.date().getYear() >= 2025)
			.sorted(Comparator.comparing(Row::date))
			.toList();
		assertThat(amazon).extracting(Row::date)
			.containsExactly(LocalDate.of(2025, 1, 29), LocalDate.of(2025, 5, 14), LocalDate.of(2025, 7, 17),
					LocalDate.of(2025, 10, 27), LocalDate.of(2025, 12, 15), LocalDate.of(2026, 1, 28));
		// Two rows give no count ("dozens", "hundreds" in their reports): they keep none.
		assertThat(amazon).extracting(Row::headcount).containsExactly(null, 100, null, 14000, 84, 16000);
		assertThat(amazon.getLast().source())
			.isEqualTo("https://www.aboutamazon.com/news/company-news/amazon-layoffs-corporate-jan-2026");
		assertThat(amazon.getLast().dateAdded()).isEqualTo(LocalDate.of(2026, 1, 28));
		assertThat(amazon.get(3).percentage()).isEqualTo(0.01);
	}

	@Test
	void identicalRowsAreOneFactReportedTwice() throws IOException {
		Reading reading = read(HEADER + AMAZON_JANUARY + AMAZON_JANUARY.replace("Amazon,", "amazon,"),
				Columns.LAYOFFS_TRACKER);
		assertThat(reading.rows()).hasSize(1);
		assertThat(reading.rows().getFirst().line()).isEqualTo(2);
		assertThat(reading.merged()).isEqualTo(1);
	}

	@Test
	void everyBadRowIsReportedWithItsLineAndReason() throws IOException {
		Reading reading = read(
				HEADER + AMAZON_JANUARY + "Acme,Boston,12,1/2/2025,,Retail,https://example.org/a,Seed,1,United States\n"
						+ "Acme,Boston,12,13/45/2025,,Retail,https://example.org/b,Seed,1,United States,1/2/2025\n"
						+ "Acme,Boston,-5,1/2/2025,,Retail,https://example.org/c,Seed,1,United States,1/2/2025\n"
						+ "Acme,Boston,12.5,1/2/2025,,Retail,https://example.org/d,Seed,1,United States,1/2/2025\n"
						+ "Acme,Boston,12,1/2/2025,,Retail,,Seed,1,United States,1/2/2025\n"
						+ "Acme,Boston,12,1/3/2025,,Retail,Internal memo,Seed,1,United States,1/3/2025\n",
				Columns.LAYOFFS_TRACKER);
		assertThat(reading.problems()).extracting(Problem::toString)
			.containsExactly("line 3: expected 11 columns but found 10",
					"line 4: the date \"13/45/2025\" is not a day: write M/D/YYYY or YYYY-MM-DD",
					"line 5: headcount -5 is negative", "line 6: headcount \"12.5\" is not a whole number");
		assertThat(reading.skipped()).extracting(Problem::toString)
			.containsExactly("line 7: no source: nothing says where this row comes from");
		// A document named instead of an address is a source too.
		assertThat(reading.rows()).extracting(Row::source)
			.containsExactly("https://www.aboutamazon.com/news/company-news/amazon-layoffs-corporate-jan-2026",
					"Internal memo");
	}

	@Test
	void bytesThatAreNotUtf8AreReportedAtTheirLine() throws IOException {
		byte[] latin1 = (HEADER + AMAZON_JANUARY
				+ "Nestl\u00e9,Vevey,10,1/2/2025,,Food,https://example.org/n,Post-IPO,1,Switzerland,1/2/2025\n")
			.getBytes(StandardCharsets.ISO_8859_1);
		Reading reading = LayoffTracker.read(new ByteArrayInputStream(latin1), Columns.LAYOFFS_TRACKER);
		assertThat(reading.problems()).extracting(Problem::toString)
			.containsExactly("line 3: bytes that are not UTF-8 (save the file as UTF-8)");
		assertThat(reading.rows()).isEmpty();
	}

	@Test
	void anotherTrackersColumnsAreMappedAndItsIsoDatesRead() throws IOException {
		Columns columns = new Columns("Employer", "Jobs cut", "Announced", "Link", null, null, null, null, null);
		Reading reading = read(
				"Employer,Announced,Jobs cut,Link\n\"Meta, Inc.\",2025-02-10,3600,https://example.org/meta\n", columns);
		assertThat(reading.problems()).isEmpty();
		assertThat(reading.rows()).singleElement()
			.satisfies((row) -> assertThat(row.company()).isEqualTo("Meta, Inc."))
			.satisfies((row) -> assertThat(row.date()).isEqualTo(LocalDate.of(2025, 2, 10)))
			.satisfies((row) -> assertThat(row.headcount()).isEqualTo(3600));
	}

	@Test
	void aHeaderWithoutARequiredColumnRejectsTheFile() throws IOException {
		Reading reading = read("company,date,source\nAcme,1/2/2025,https://example.org\n", Columns.LAYOFFS_TRACKER);
		assertThat(reading.problems()).singleElement()
			.asString()
			.startsWith("line 1: the header has no column \"total_laid_off\" for the headcount");
	}

	private static Reading read(String csv, Columns columns) throws IOException {
		return read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), columns);
	}

	private static Reading read(InputStream in, Columns columns) throws IOException {
		try (in) {
			return LayoffTracker.read(in, columns);
		}
	}

}
