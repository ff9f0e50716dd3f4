package io.casefile.tracker;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.casefile.recording.Problem;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading CSV layoff trackers a record at a time: the real public tracker whole, other
 * trackers' headers and date forms, and every kind of bad row reported with its line,
 * field, value and reason.
 */
class TrackerReaderTests {

	static final String HEADER = "company,location,total_laid_off,date,percentage_laid_off,industry,source,"
			+ "stage,funds_raised,country,date_added\n";

	static final String AMAZON_JANUARY = "Amazon,Seattle,16000.0,1/28/2026,,Retail,"
			+ "https://www.aboutamazon.com/news/company-news/amazon-layoffs-corporate-jan-2026,Post-IPO,8100,United States,1/28/2026\n";

	@Test
	void thePublicTrackerReadsWholeAndKeepsRowsWithoutAHeadcountWithoutOne() throws IOException {
		Read read = read(new ClassPathResource("trackers/layoffs-tracker-2020-2026.csv").getInputStream(),
				TrackerColumns.USUAL_NAMES, false);
		assertThat(read.problems).isEmpty();
		// Three rows name no source at all: they are skipped, each with its line, never
		// given one.
		assertThat(read.skipped).extracting(Problem::line).containsExactly(1457, 2434, 3122);
		assertThat(read.rows).hasSize(4274);
		assertThat(read.rows).filteredOn((row) -> row.headcount() == null).hasSize(1473);
		assertThat(read.rows).filteredOn((row) -> "Ottawa, Non-U.S.".equals(row.location())).isNotEmpty();
	}

	@Test
	void amazonsWavesIn2025And2026ComeWithTheirDatesCountsAndSources() throws IOException {
		Read read = read(new ClassPathResource("trackers/layoffs-tracker-2020-2026.csv").getInputStream(),
				TrackerColumns.USUAL_NAMES, false);
		List<TrackerRow> amazon = read.rows.stream()
			.filter((row) -> row.company().equals("Amazon") && row.date().getYear() >= 2025)
			.sorted(Comparator.comparing(TrackerRow::date))
			.toList();
		assertThat(amazon).extracting(TrackerRow::date)
			.containsExactly(LocalDate.of(2025, 1, 29), LocalDate.of(2025, 5, 14), LocalDate.of(2025, 7, 17),
					LocalDate.of(2025, 10, 27), LocalDate.of(2025, 12, 15), LocalDate.of(2026, 1, 28));
		// Two rows give no count ("dozens", "hundreds" in their reports): they keep none.
		assertThat(amazon).extracting(TrackerRow::headcount).containsExactly(null, 100L, null, 14000L, 84L, 16000L);
		assertThat(amazon.getLast().source())
			.isEqualTo("https://www.aboutamazon.com/news/company-news/amazon-layoffs-corporate-jan-2026");
		assertThat(amazon.getLast().dateAdded()).isEqualTo(LocalDate.of(2026, 1, 28));
		assertThat(amazon.get(3).percentage()).isEqualTo(0.01);
	}

	@Test
	void everyBadRowIsReportedWithItsLineFieldAndReason() throws IOException {
		Read read = read(
				HEADER + AMAZON_JANUARY + "Acme,Boston,12,1/2/2025,,Retail,https://example.org/a,Seed,1,United States\n"
						+ "Acme,Boston,12,13/45/2025,,Retail,https://example.org/b,Seed,1,United States,1/2/2025\n"
						+ "Acme,Boston,-5,1/2/2025,,Retail,https://example.org/c,Seed,1,United States,1/2/2025\n"
						+ "Acme,Boston,12.5,1/2/2025,,Retail,https://example.org/d,Seed,1,United States,1/2/2025\n"
						+ "Acme,Boston,12,1/2/2025,,Retail,,Seed,1,United States,1/2/2025\n"
						+ "Acme,Boston,12,1/3/2025,,Retail,Internal memo,Seed,1,United States,1/3/2025\n");
		assertThat(read.problems).extracting(Problem::toString)
			.containsExactly("line 3: expected 11 columns but found 10",
					"line 4 date \"13/45/2025\": it is not a day: write M/D/YYYY, YYYY-MM-DD or a day such as Jan 28, 2026",
					"line 5 headcount \"-5\": it is negative", "line 6 headcount \"12.5\": it is not a whole number");
		assertThat(read.skipped).extracting(Problem::toString)
			.containsExactly("line 7 source: no source: nothing says where this row comes from");
		// A document named instead of an address is a source too.
		assertThat(read.rows).extracting(TrackerRow::source)
			.containsExactly("https://www.aboutamazon.com/news/company-news/amazon-layoffs-corporate-jan-2026",
					"Internal memo");
	}

	/**
	 * What an attacker or a careless export puts in a tracker is refused with its line: a
	 * headcount that would wrap, control characters, a broken character, an address that
	 * is not on the web, a name a spreadsheet would run, a field of megabytes.
	 */
	@Test
	void hostileRowsAreRefusedWithTheirLineAndField() throws IOException {
		Read read = read(HEADER + "Acme,Boston,1000000000000,1/2/2025,,Retail,https://example.org/a,,,US,\n"
				+ "Ac\u0000me,Boston,12,1/2/2025,,Retail,https://example.org/b,,,US,\n"
				+ "Acme,Boston,12,1/2/2025,,Retail,javascript:alert(1),,,US,\n"
				+ "\"=HYPERLINK(\"\"https://evil.example\"\",\"\"x\"\")\",Boston,12,1/2/2025,,Retail,https://example.org/c,,,US,\n"
				+ "Acme,Boston,3000001,1/2/2025,,Retail,https://example.org/d,,,US,\n" + "Acme,"
				+ "B".repeat(10_000_000) + ",12,1/2/2025,,Retail,https://example.org/e,,,US,\n"
				+ "Acme,Boston,12,1/2/2025,,Retail,https://example.org/f,,,US,\n");
		assertThat(read.problems).extracting(Problem::line).containsExactly(2, 3, 4, 5, 6, 7);
		assertThat(read.problems).extracting(Problem::field)
			.containsExactly("headcount", "company", "source", "company", "headcount", "location");
		assertThat(read.problems.get(0).reason()).contains("more than any employer's workforce");
		assertThat(read.problems.get(1).reason()).contains("control character (U+0000)");
		assertThat(read.problems.get(2).reason()).contains("web address");
		assertThat(read.problems.get(3).reason()).contains("spreadsheet formula");
		assertThat(read.problems.get(5).reason()).contains("10,000,000 characters long");
		// What was sent is quoted short.
		assertThat(read.problems.get(5).value()).hasSizeLessThan(120);
		assertThat(read.rows).singleElement().extracting(TrackerRow::line).isEqualTo(8);
	}

	@Test
	void bytesThatAreNotUtf8AreReportedAtTheirLine() throws IOException {
		byte[] latin1 = (HEADER + AMAZON_JANUARY
				+ "Nestl\u00e9,Vevey,10,1/2/2025,,Food,https://example.org/n,Post-IPO,1,Switzerland,1/2/2025\n")
			.getBytes(StandardCharsets.ISO_8859_1);
		Read read = read(new ByteArrayInputStream(latin1), TrackerColumns.USUAL_NAMES, false);
		assertThat(read.problems).extracting(Problem::toString)
			.containsExactly("line 3: bytes that are not UTF-8 (save the file as UTF-8)");
	}

	@Test
	void anotherTrackersHeadersAndDateFormsAreRecognised() throws IOException {
		Read read = read("""
				Company Name,Date Announced,# Laid Off,Source URL,HQ
				"Meta, Inc.",2025-02-10,"3,600",https://example.org/meta,"Menlo Park, CA"
				Amazon.com Inc,1/27/25,"14,000",https://example.org/amazon,Seattle
				Intel Corporation,"Apr 22, 2025",n/a,https://example.org/intel,
				Alphabet Inc.,22 July 2025,200,https://example.org/alphabet,
				""", TrackerColumns.USUAL_NAMES, false);
		assertThat(read.problems).isEmpty();
		assertThat(read.rows).extracting(TrackerRow::company)
			.containsExactly("Meta, Inc.", "Amazon.com Inc", "Intel Corporation", "Alphabet Inc.");
		assertThat(read.rows).extracting(TrackerRow::date)
			.containsExactly(LocalDate.of(2025, 2, 10), LocalDate.of(2025, 1, 27), LocalDate.of(2025, 4, 22),
					LocalDate.of(2025, 7, 22));
		assertThat(read.rows).extracting(TrackerRow::headcount).containsExactly(3600L, 14000L, null, 200L);
		assertThat(read.rows.getFirst().location()).isEqualTo("Menlo Park, CA");
	}

	@Test
	void columnsNamedOtherwiseAreMapped() throws IOException {
		Read read = read("Who,When,Jobs,Where\nAcme,2025-02-10,36,https://example.org/acme\n",
				TrackerColumns.of(Map.of("company", "Who", "date", "When", "headcount", "Jobs", "source", "Where")),
				false);
		assertThat(read.problems).isEmpty();
		assertThat(read.rows).singleElement().satisfies((row) -> assertThat(row.headcount()).isEqualTo(36L));
	}

	@Test
	void aTrackerWithoutASourceColumnNeedsTheFilesSource() throws IOException {
		String csv = "Company,Date,Laid Off\nAcme,2025-02-10,36\n";
		Read without = read(csv);
		assertThat(without.problems).singleElement().satisfies((p) -> {
			assertThat(p.line()).isOne();
			assertThat(p.field()).isEqualTo("source");
			assertThat(p.reason()).contains("--source");
		});
		Read with = read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), TrackerColumns.USUAL_NAMES,
				true);
		assertThat(with.problems).isEmpty();
		assertThat(with.rows).singleElement().satisfies((row) -> assertThat(row.source()).isNull());
	}

	@Test
	void aHeaderWithoutADateColumnRejectsTheFile() throws IOException {
		Read read = read("company,source\nAcme,https://example.org\n");
		assertThat(read.problems).singleElement().satisfies((p) -> {
			assertThat(p.line()).isOne();
			assertThat(p.field()).isEqualTo("date");
		});
	}

	/** What reading a tracker told. */
	static final class Read implements TrackerReader.Rows {

		final List<TrackerRow> rows = new ArrayList<>();

		final List<Problem> problems = new ArrayList<>();

		final List<Problem> skipped = new ArrayList<>();

		@Override
		public void row(TrackerRow row) {
			this.rows.add(row);
		}

		@Override
		public void problem(Problem problem) {
			this.problems.add(problem);
		}

		@Override
		public void skipped(Problem reason) {
			this.skipped.add(reason);
		}

	}

	private static Read read(String csv) throws IOException {
		return read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), TrackerColumns.USUAL_NAMES, false);
	}

	private static Read read(String csv, TrackerColumns columns, boolean sourceGiven) throws IOException {
		return read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), columns, sourceGiven);
	}

	private static Read read(InputStream in, TrackerColumns columns, boolean sourceGiven) throws IOException {
		Read read = new Read();
		try (in) {
			TrackerReader.read(in, columns, sourceGiven, read);
		}
		return read;
	}

}
