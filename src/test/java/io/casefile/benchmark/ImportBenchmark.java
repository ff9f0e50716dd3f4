package io.casefile.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.Stream;

import io.casefile.CasefileApplication;
import io.casefile.tracker.ImportReport;
import io.casefile.tracker.TrackerColumns;
import io.casefile.tracker.TrackerImport;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Measures the bulk import: writes a synthetic tracker of {@code --rows} rows (default
 * 1,000,000: 20,000 companies, one wave a row, each with its own source), imports it into
 * an empty embedded Neo4j through the same engine as the GraphQL mutation and the command
 * line, then imports it again, and prints rows and events per second.
 * <p>
 * A company's waves are 40 to 440 days apart, so that about one row in twenty has an
 * earlier wave of its company within the 60 days in which a wave may be a possible
 * duplicate, as in the shared public tracker (5.5%). With {@code --dense} they are 3 days
 * apart, as in this benchmark's first version: every row then has several possible
 * duplicates (4.3 a row in 100,000 rows, about 20 in a million).
 * <p>
 * {@code ./mvnw -Pbenchmark test-compile exec:exec -Dbenchmark.main=io.casefile.benchmark.ImportBenchmark}
 * ({@code -Dbenchmark.args="--rows=100000"} for a smaller file).
 */
public final class ImportBenchmark {

	private ImportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rows = 1_000_000;
		boolean dense = false;
		for (String arg : args) {
			if (arg.startsWith("--rows=")) {
				rows = Integer.parseInt(arg.substring("--rows=".length()));
			}
			dense |= arg.equals("--dense");
		}
		Path folder = Path.of("target/benchmark");
		Files.createDirectories(folder);
		Path csv = folder.resolve("tracker-" + rows + (dense ? "-dense" : "-spaced") + ".csv");
		if (!Files.exists(csv)) {
			long started = System.nanoTime();
			write(csv, rows, dense);
			System.out.printf("Wrote %s (%,d rows, %,d bytes) in %.1f s%n", csv, rows, Files.size(csv),
					(System.nanoTime() - started) / 1e9);
		}
		Path data = folder.resolve("import-neo4j");
		delete(data);
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CasefileApplication.class)
			.web(WebApplicationType.NONE)
			.run("--casefile.neo4j.embedded.home=" + data, "--casefile.neo4j.embedded.bolt-port=0",
					"--casefile.neo4j.embedded.page-cache=2GB", "--casefile.warm-up=false", "--logging.level.root=WARN",
					"--logging.level.io.casefile=WARN")) {
			TrackerImport trackers = app.getBean(TrackerImport.class);
			for (String pass : new String[] { "first import (empty graph)", "second import (nothing new)" }) {
				Runtime.getRuntime().gc();
				ImportReport report = trackers.write(csv.getFileName().toString(), () -> Files.newInputStream(csv),
						TrackerImport.Options.of(TrackerColumns.USUAL_NAMES, TrackerImport.Mode.ALL_OR_NOTHING),
						"benchmark", TrackerImport.Progress.NONE);
				double seconds = report.millis() / 1000.0;
				long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
				System.out.printf(
						"%s: %,d rows in %.1f s = %,.0f rows/s in %,d transactions; %,d events created (%,.0f events/s), "
								+ "%,d unchanged; %,d organizations, %,d sources created; heap in use after: %,d MB%n",
						pass, report.rows(), seconds, report.rows() / seconds, report.transactions(), report.created(),
						report.created() / seconds, report.unchanged(), report.organizationsCreated(),
						report.sourcesCreated(), heap / (1024 * 1024));
			}
		}
	}

	/**
	 * A tracker of {@code rows} rows: up to 20,000 companies, their waves 40 to 440 days
	 * apart (3 when {@code dense}).
	 */
	private static void write(Path csv, int rows, boolean dense) throws IOException {
		Random random = new Random(42);
		int companies = Math.max(1, Math.min(20_000, rows / 10));
		LocalDate start = LocalDate.of(2020, 1, 1);
		try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
			out.write("company,location,total_laid_off,date,percentage_laid_off,industry,source,stage,funds_raised,"
					+ "country,date_added\n");
			LocalDate[] last = new LocalDate[companies];
			for (int i = 0; i < rows; i++) {
				int company = i % companies;
				LocalDate day = (last[company] == null) ? start.plusDays(random.nextInt(365))
						: last[company].plusDays(dense ? 3 : 40 + random.nextInt(400));
				last[company] = day;
				String headcount = (random.nextInt(3) == 0) ? "" : String.valueOf(10 + random.nextInt(5000));
				out.write("Synthetic Company %05d,City %d,%s,%d/%d/%d,,Software,https://example.org/s/%d,Series B,10,"
					.formatted(company, company % 100, headcount, day.getMonthValue(), day.getDayOfMonth(),
							day.getYear(), i));
				LocalDate added = day.plusDays(1);
				out.write("Norway,%d/%d/%d\n".formatted(added.getMonthValue(), added.getDayOfMonth(), added.getYear()));
			}
		}
	}

	/** Deletes a benchmark's database folder, if any. */
	static void delete(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
