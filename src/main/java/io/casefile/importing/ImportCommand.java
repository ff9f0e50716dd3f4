package io.casefile.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.casefile.dataset.Dataset;
import io.casefile.dataset.DatasetFiles;
import io.casefile.dataset.DatasetImport;
import io.casefile.dataset.ImportSummary;
import io.casefile.recording.Problem;
import io.casefile.recording.RecordingRejectedException;
import io.casefile.recording.TransactionTooLargeException;
import io.casefile.system.StartupFailureAnalyzer;
import io.casefile.companylist.CompanyListImport;
import io.casefile.companylist.CompanyListImport.CompanyListReport;
import io.casefile.csv.FileSource;
import io.casefile.filing.CompanyFactsImport;
import io.casefile.filing.FilingImportReport;
import io.casefile.tracker.ImportReport;
import io.casefile.tracker.TrackerColumns;
import io.casefile.tracker.TrackerImport;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command-line door of the bulk import:
 * {@code java -jar target/casefile.jar import FILE... [--valid-rows] [--columns=...]}. It
 * starts Casefile without its web server, over the same database the server uses (the
 * embedded one in {@code CASEFILE_DATA}, or {@code NEO4J_URI}), imports each file through
 * the same engine as the GraphQL mutations, shows progress, and prints what each file
 * did. The audit log records the import as {@code cli:<user>}.
 */
public final class ImportCommand {

	static final String USAGE = """
			Usage: java -jar casefile.jar import FILE... [options]

			  FILE            a CSV layoff tracker (.csv), a Casefile dataset (.json, or .ndjson / .jsonl), an SEC
			                  company facts file (CIK0001018724.json) or the SEC's bulk companyfacts.zip
			  --valid-rows    import the well-formed rows of a tracker and report the others
			                  (by default one malformed row refuses the file and nothing is written)
			  --columns=...   which header holds each field of a tracker, where its columns are not named as
			                  usual: company, headcount, date, source, location, percentage, industry, country,
			                  dateAdded (e.g. --columns=company:Employer,headcount:Jobs)
			  --source=URL    the source of every row of a tracker that names none (a tracker without a
			                  source column); --source-title=TITLE and --source-published=DAY describe it
			  --known-since=YYYY-MM-DD
			                  the day a tracker's rows were on record, when it has no "date added" column
			                  (else the source's publication day stands for it)

			The server must not be running on the same data folder (it holds the database's lock): stop it, or
			import through it with NEO4J_URI=bolt://localhost:7687.
			""";

	private ImportCommand() {
	}

	/** Runs the command; returns the process's exit code. */
	public static int run(String[] args, Class<?> application) {
		Options options;
		try {
			options = Options.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.err.print(USAGE);
			return 2;
		}
		ConfigurableApplicationContext context;
		try {
			context = new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
				.properties("casefile.warm-up=false", "spring.main.banner-mode=off", "logging.level.root=WARN",
						"logging.level.io.casefile=WARN",
						// A start that fails is told in one line below, not as a stack
						// trace.
						"logging.level.org.springframework.boot.SpringApplication=OFF",
						"logging.level.org.springframework.boot.diagnostics=OFF",
						"logging.level.org.springframework.context=ERROR")
				.run(options.settings().toArray(String[]::new));
		}
		catch (RuntimeException ex) {
			System.err.println(whyItCannotStart(ex));
			return 2;
		}
		try (context) {
			String actor = "cli:" + System.getProperty("user.name", "unknown");
			int failed = 0;
			for (Path file : options.files()) {
				failed += importFile(context, file, options, actor, System.out, System.err) ? 0 : 1;
			}
			return (failed == 0) ? 0 : 1;
		}
	}

	/**
	 * One line that says why Casefile could not start and what to do: the start-up
	 * failures a person can fix are explained as the server explains them.
	 */
	static String whyItCannotStart(Throwable failure) {
		FailureAnalysis analysis = new StartupFailureAnalyzer().analyze(failure);
		if (analysis != null) {
			return "Nothing was imported. " + analysis.getDescription() + " " + analysis.getAction();
		}
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return "Nothing was imported: Casefile could not start (" + root.getMessage() + ").";
	}

	static boolean importFile(ConfigurableApplicationContext context, Path file, Options options, String actor,
			PrintStream out, PrintStream err) {
		String name = file.getFileName().toString();
		String lower = name.toLowerCase(Locale.ROOT);
		try {
			if (lower.endsWith(".csv") && isCompanyList(file)) {
				if (options.tracker().source() == null) {
					throw new IllegalArgumentException(
							"a list of companies needs its source: give --source URL (or --source-title)");
				}
				CompanyListReport report = context.getBean(CompanyListImport.class)
					.write(name, () -> Files.newInputStream(file),
							CompanyListImport.USUAL_NAMES.with(options.headers()), options.tracker().source(), actor);
				out.printf("Imported the company list %s in %.1f s: %,d rows; %,d companies created, %,d known%n", name,
						report.millis() / 1000.0, report.rows(), report.organizationsCreated(),
						report.organizationsKnown());
			}
			else if (lower.endsWith(".zip") || lower.endsWith(".json") && isCompanyFacts(file)) {
				ProgressBar bar = new ProgressBar(err, name);
				CompanyFactsImport filings = context.getBean(CompanyFactsImport.class);
				FilingImportReport report;
				if (lower.endsWith(".zip")) {
					report = filings.writeArchive(file, actor, bar::companiesWritten);
				}
				else {
					try (InputStream in = Files.newInputStream(file)) {
						report = filings.write(name, in, actor);
					}
				}
				bar.done();
				out.print(describe(report));
			}
			else if (lower.endsWith(".csv")) {
				if (!Files.isReadable(file)) {
					throw new NoSuchFileException(file.toString());
				}
				ProgressBar bar = new ProgressBar(err, name);
				ImportReport report = context.getBean(TrackerImport.class)
					.write(name, () -> Files.newInputStream(file), options.tracker(), actor, bar);
				bar.done();
				out.print(describe(report));
			}
			else {
				DatasetFiles.Format format = (lower.endsWith(".ndjson") || lower.endsWith(".jsonl"))
						? DatasetFiles.Format.NDJSON : DatasetFiles.Format.JSON;
				long started = System.nanoTime();
				Dataset dataset = DatasetFiles.read(context.getBean(JsonMapper.class),
						Files.readString(file, StandardCharsets.UTF_8), format);
				ImportSummary summary = context.getBean(DatasetImport.class).write(dataset, actor);
				out.printf(
						"Imported dataset %s from %s in %.1f s: %,d facts; %,d nodes and %,d relationships created%n",
						summary.dataset(), name, (System.nanoTime() - started) / 1e9, summary.facts(),
						summary.nodesCreated(), summary.relationshipsCreated());
			}
			return true;
		}
		catch (RecordingRejectedException ex) {
			err.println(name + " was refused; nothing of it was written:");
			ex.problems().stream().limit(50).forEach((problem) -> err.println("  " + problem));
			if (ex.problems().size() > 50) {
				err.println("  ... and " + (ex.problems().size() - 50) + " more");
			}
			return false;
		}
		catch (IllegalArgumentException | TransactionTooLargeException ex) {
			err.println(name + ": " + ex.getMessage());
			return false;
		}
		catch (NoSuchFileException ex) {
			err.println(name + ": no such file (" + file.toAbsolutePath() + ")");
			return false;
		}
		catch (IOException | java.io.UncheckedIOException ex) {
			err.println(name + ": cannot be read: " + ex.getMessage());
			return false;
		}
	}

	/**
	 * Whether a CSV file is a list of companies (by its header), rather than a tracker.
	 */
	private static boolean isCompanyList(Path file) throws IOException {
		try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
			String header = lines.findFirst().orElse("");
			return CompanyListImport.isCompanyList(List.of(header.replaceFirst("^\uFEFF", "").split(",")));
		}
		catch (java.io.UncheckedIOException ex) {
			return false;
		}
	}

	/**
	 * Whether a JSON file is an SEC company facts file: the SEC's begin with the
	 * company's CIK.
	 */
	private static boolean isCompanyFacts(Path file) throws IOException {
		if (!Files.isReadable(file)) {
			throw new NoSuchFileException(file.toString());
		}
		try (InputStream in = Files.newInputStream(file)) {
			String start = new String(in.readNBytes(512), StandardCharsets.UTF_8);
			return start.matches("(?s)^\\uFEFF?\\s*\\{\\s*\"cik\"\\s*:.*");
		}
	}

	/** The report of a company facts import, as a person reads it. */
	static String describe(FilingImportReport report) {
		StringBuilder text = new StringBuilder();
		text.append("Imported %s in %.1f s: %,d %s, %,d quarters, %,d facts (%,.0f facts/s)%n".formatted(report.file(),
				report.millis() / 1000.0, report.companies(), (report.companies() == 1) ? "company" : "companies",
				report.quarters(), report.facts(), report.facts() / Math.max(0.001, report.millis() / 1000.0)));
		text.append(
				"  created    %,8d  new quarters and years of capital expenditure%n".formatted(report.eventsCreated()));
		text.append("  claims     %,8d  quarters and years already known that gained a filing's claims%n"
			.formatted(report.claimsAdded()));
		text.append("  unchanged  %,8d  already in the graph%n".formatted(report.unchanged()));
		text.append("  filings created: %,d%n".formatted(report.sourcesCreated()));
		if (!report.refused().isEmpty()) {
			text.append(
					"  refused    %,8d  company files (the others were recorded)%n".formatted(report.refused().size()));
			report.refused()
				.stream()
				.limit(20)
				.forEach((line) -> text.append("             ").append(line).append('\n'));
		}
		return text.toString();
	}

	/** The report of one tracker, as a person reads it. */
	static String describe(ImportReport report) {
		StringBuilder text = new StringBuilder();
		text.append("Imported %s in %.1f s: %,d rows in %,d %s%n".formatted(report.file(), report.millis() / 1000.0,
				report.rows(), report.transactions(), (report.transactions() == 1) ? "transaction" : "transactions"));
		text.append("  created    %,8d  new layoff waves%n".formatted(report.created()));
		text.append("  merged     %,8d  claims about a wave already known, or rows repeated in the file%n"
			.formatted(report.merged()));
		text.append("  unchanged  %,8d  already in the graph%n".formatted(report.unchanged()));
		text.append("  skipped    %,8d%n".formatted(report.skipped().size()));
		list(text, report.skipped());
		text.append("  rejected   %,8d%n".formatted(report.rejected().size()));
		list(text, report.rejected());
		text.append("  without a headcount: %,d rows (kept without one)%n".formatted(report.withoutHeadcount().size()));
		text.append("  organizations created: %,d; sources created: %,d%n".formatted(report.organizationsCreated(),
				report.sourcesCreated()));
		if (!report.possibleDuplicates().isEmpty()) {
			text.append(
					"  possible duplicates: %,d new waves near a known wave of their company (see possibleDuplicates)%n"
						.formatted(report.possibleDuplicates().size()));
			report.possibleDuplicates()
				.stream()
				.limit(20)
				.forEach((d) -> text
					.append("             line %d: %s may be %s%n".formatted(d.line(), d.event(), d.candidate())));
		}
		return text.toString();
	}

	private static void list(StringBuilder text, List<Problem> problems) {
		problems.stream().limit(20).forEach((problem) -> text.append("             ").append(problem).append('\n'));
		if (problems.size() > 20) {
			text.append("             ... and ").append(problems.size() - 20).append(" more\n");
		}
	}

	/** What the command line asks for. */
	record Options(List<Path> files, TrackerImport.Options tracker, Map<String, String> headers,
			List<String> settings) {

		static Options parse(String[] args) {
			List<Path> files = new ArrayList<>();
			TrackerImport.Mode mode = TrackerImport.Mode.ALL_OR_NOTHING;
			TrackerColumns columns = TrackerColumns.USUAL_NAMES;
			Map<String, String> headers = Map.of();
			String sourceUrl = null;
			String sourceTitle = null;
			String sourcePublished = null;
			LocalDate knownSince = null;
			List<String> settings = new ArrayList<>();
			for (int i = 1; i < args.length; i++) {
				String arg = args[i];
				if (arg.equals("--valid-rows")) {
					mode = TrackerImport.Mode.VALID_ROWS;
				}
				else if (arg.startsWith("--columns=")) {
					headers = headers(arg.substring("--columns=".length()));
					columns = columns(headers);
				}
				else if (arg.startsWith("--source=")) {
					sourceUrl = arg.substring("--source=".length());
				}
				else if (arg.startsWith("--source-title=")) {
					sourceTitle = arg.substring("--source-title=".length());
				}
				else if (arg.startsWith("--source-published=")) {
					sourcePublished = arg.substring("--source-published=".length());
				}
				else if (arg.startsWith("--known-since=")) {
					try {
						knownSince = LocalDate.parse(arg.substring("--known-since=".length()));
					}
					catch (DateTimeParseException ex) {
						throw new IllegalArgumentException("--known-since takes a day, YYYY-MM-DD");
					}
				}
				else if (arg.startsWith("--")) {
					if (arg.contains("=")) {
						// Settings (--spring.neo4j.uri=..., --casefile....=...) pass
						// through.
						settings.add(arg);
						continue;
					}
					throw new IllegalArgumentException("Unknown option " + arg);
				}
				else {
					files.add(Path.of(arg));
				}
			}
			if (files.isEmpty()) {
				throw new IllegalArgumentException("Name at least one file to import.");
			}
			FileSource source = (sourceUrl != null || sourceTitle != null)
					? new FileSource(sourceUrl, sourceTitle, sourcePublished) : null;
			return new Options(List.copyOf(files), new TrackerImport.Options(columns, mode, source, knownSince),
					headers, List.copyOf(settings));
		}

		static Map<String, String> headers(String mapping) {
			Map<String, String> given = new HashMap<>();
			for (String pair : mapping.split(",")) {
				String[] parts = pair.split(":", 2);
				if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
					throw new IllegalArgumentException("--columns takes field:Header pairs, not \"" + pair + "\"");
				}
				given.put(parts[0].strip(), parts[1].strip());
			}
			return given;
		}

		/** The columns of a tracker; a company list's are checked when one is read. */
		static TrackerColumns columns(Map<String, String> given) {
			for (String field : given.keySet()) {
				if (!TrackerColumns.FIELDS.contains(field) && !CompanyListImport.USUAL_NAMES.fields().contains(field)) {
					throw new IllegalArgumentException("--columns: no field \"" + field + "\"; a tracker's are "
							+ TrackerColumns.FIELDS + ", a company list's " + CompanyListImport.USUAL_NAMES.fields());
				}
			}
			Map<String, String> tracker = new HashMap<>(given);
			tracker.keySet().retainAll(TrackerColumns.FIELDS);
			return TrackerColumns.of(tracker);
		}

	}

	/** A bar on standard error, redrawn after each batch. */
	static final class ProgressBar implements TrackerImport.Progress {

		private static final int WIDTH = 30;

		private final PrintStream err;

		private final String name;

		private final long started = System.nanoTime();

		ProgressBar(PrintStream err, String name) {
			this.err = err;
			this.name = name;
		}

		@Override
		public void rowsWritten(int done, int total) {
			show(done, total, "rows");
		}

		/** A bulk archive's progress, in companies. */
		void companiesWritten(int done, int total) {
			show(done, total, "companies");
		}

		private void show(int done, int total, String unit) {
			int filled = (total == 0) ? WIDTH : (int) ((long) done * WIDTH / total);
			double seconds = (System.nanoTime() - this.started) / 1e9;
			this.err.printf("\r%s [%s%s] %,d/%,d %s written, %.1f s", this.name, "#".repeat(filled),
					" ".repeat(WIDTH - filled), done, total, unit, seconds);
			this.err.flush();
		}

		void done() {
			this.err.println();
		}

	}

}
