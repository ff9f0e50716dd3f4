package io.casefile.benchmark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.casefile.CasefileApplication;
import io.casefile.filing.CompanyFactsImport;
import io.casefile.filing.FilingImportReport;
import io.casefile.tracker.ImportReport;
import io.casefile.tracker.TrackerColumns;
import io.casefile.tracker.TrackerImport;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Question 9 at scale: writes a synthetic {@code companyfacts.zip} in the SEC's shape
 * ({@code --companies}, default 5,000, {@code --years} of four quarters, default 10: 40
 * quarters each, 10-Qs year to date, a 10-K, one company in five with a June fiscal
 * year), named after the shared tracker's companies so that the two meet; imports it into
 * an empty embedded Neo4j through the same engine as the command line, prints facts per
 * second, imports the shared tracker, then times "layoff waves within 90 days after a
 * quarter with negative free cash flow, across every company" (period end and report day)
 * over HTTP.
 * <p>
 * {@code ./mvnw -Pbenchmark test-compile exec:exec -Dbenchmark.main=io.casefile.benchmark.FilingBenchmark}
 * ({@code -Dbenchmark.args="--companies=500"} for a smaller archive).
 */
public final class FilingBenchmark {

	private static final Path TRACKER = Path.of("../shared/data/layoffs-tracker-2020-2026.csv");

	static final String QUESTION_9 = """
			query($at: PeriodAnchor, $after: String) { eventsRelativeTo(
			    where: {kinds: [LAYOFF_WAVE]}, relation: WITHIN_DAYS_AFTER, days: 90,
			    anchor: {kinds: [FINANCIAL_RESULT], metric: {metric: FREE_CASH_FLOW, below: 0}},
			    anchorAt: $at, first: 100, after: $after) {
			    edges { certainty node { id date { text } organizations { name } }
			            anchor { id ... on FinancialResult { period reportedOn { text } } } }
			    pageInfo { hasNextPage endCursor }
			} }""";

	private FilingBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int companies = 5_000;
		int years = 10;
		for (String arg : args) {
			if (arg.startsWith("--companies=")) {
				companies = Integer.parseInt(arg.substring("--companies=".length()));
			}
			if (arg.startsWith("--years=")) {
				years = Integer.parseInt(arg.substring("--years=".length()));
			}
		}
		Path folder = Path.of("target/benchmark");
		Files.createDirectories(folder);
		Path zip = folder.resolve("companyfacts-" + companies + "x" + years * 4 + ".zip");
		if (!Files.exists(zip)) {
			long started = System.nanoTime();
			write(zip, names(companies), years);
			System.out.printf("Wrote %s (%,d companies, %,d bytes) in %.1f s%n", zip, companies, Files.size(zip),
					(System.nanoTime() - started) / 1e9);
		}
		Path data = folder.resolve("filings-neo4j");
		ImportBenchmark.delete(data);
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CasefileApplication.class).run(
				"--server.port=0", "--casefile.neo4j.embedded.home=" + data, "--casefile.neo4j.embedded.bolt-port=0",
				"--casefile.neo4j.embedded.page-cache=2GB", "--casefile.warm-up=false", "--logging.level.root=WARN",
				"--logging.level.io.casefile=WARN")) {
			CompanyFactsImport filings = app.getBean(CompanyFactsImport.class);
			for (String pass : new String[] { "first import (empty graph)", "second import (nothing new)" }) {
				FilingImportReport report = filings.writeArchive(zip, "benchmark", CompanyFactsImport.Progress.NONE);
				double seconds = report.millis() / 1000.0;
				System.out.printf(
						"%s: %,d companies, %,d quarters, %,d facts in %.1f s = %,.0f facts/s (%,.0f quarters/s); "
								+ "%,d created, %,d with claims added, %,d unchanged; %,d filings; refused %d%n",
						pass, report.companies(), report.quarters(), report.facts(), seconds, report.facts() / seconds,
						report.quarters() / seconds, report.eventsCreated(), report.claimsAdded(), report.unchanged(),
						report.sourcesCreated(), report.refused().size());
			}
			ImportReport tracker = app.getBean(TrackerImport.class)
				.write(TRACKER.getFileName().toString(), () -> Files.newInputStream(TRACKER),
						TrackerImport.Options.of(TrackerColumns.USUAL_NAMES, TrackerImport.Mode.VALID_ROWS),
						"benchmark", TrackerImport.Progress.NONE);
			System.out.printf("Shared tracker: %,d rows in %.1f s (%,d waves created)%n", tracker.rows(),
					tracker.millis() / 1000.0, tracker.created());
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			JsonMapper json = app.getBean(JsonMapper.class);
			for (String at : new String[] { "PERIOD_END", "REPORTED" }) {
				for (int run = 1; run <= 3; run++) {
					ask(port, json, at, run);
				}
			}
		}
	}

	/**
	 * Asks question 9 and reads every page; prints the time of the first page and of all.
	 */
	@SuppressWarnings("unchecked")
	private static void ask(int port, JsonMapper json, String at, int run) throws Exception {
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		URI uri = URI.create("http://localhost:" + port + "/graphql");
		long started = System.nanoTime();
		double firstPage = 0;
		int answers = 0;
		int certain = 0;
		int pages = 0;
		String after = null;
		do {
			Map<String, Object> variables = new java.util.HashMap<>();
			variables.put("at", at);
			variables.put("after", after);
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers
					.ofString(json.writeValueAsString(Map.of("query", QUESTION_9, "variables", variables))))
				.build(), HttpResponse.BodyHandlers.ofString());
			Map<String, Object> body = json.readValue(response.body(), Map.class);
			if (body.containsKey("errors")) {
				throw new IllegalStateException("question 9 failed: " + response.body());
			}
			Map<String, Object> answer = (Map<String, Object>) ((Map<String, Object>) body.get("data"))
				.get("eventsRelativeTo");
			List<Map<String, Object>> edges = (List<Map<String, Object>>) answer.get("edges");
			answers += edges.size();
			certain += (int) edges.stream().filter((e) -> "CERTAIN".equals(e.get("certainty"))).count();
			if (pages++ == 0) {
				firstPage = (System.nanoTime() - started) / 1e6;
			}
			Map<String, Object> page = (Map<String, Object>) answer.get("pageInfo");
			after = Boolean.TRUE.equals(page.get("hasNextPage")) ? (String) page.get("endCursor") : null;
		}
		while (after != null);
		System.out.printf(
				"Question 9 (anchor %s), run %d: first page of 100 in %.0f ms; all %,d answers (%,d certain) in %d pages, %.0f ms%n",
				at, run, firstPage, answers, certain, pages, (System.nanoTime() - started) / 1e6);
	}

	/** The shared tracker's companies first, then synthetic ones. */
	private static List<String> names(int companies) throws IOException {
		Set<String> names = new LinkedHashSet<>();
		try (Stream<String> lines = Files.lines(TRACKER, StandardCharsets.UTF_8)) {
			lines.skip(1)
				.map((line) -> line.split(",", 2)[0].strip())
				.filter((name) -> name.matches("[A-Za-z0-9 .&'-]+"))
				.forEach(names::add);
		}
		List<String> list = new ArrayList<>(names).subList(0, Math.min(names.size(), companies));
		List<String> all = new ArrayList<>(list);
		for (int i = all.size(); i < companies; i++) {
			all.add("Synthetic Filer %05d Inc".formatted(i));
		}
		return all;
	}

	/**
	 * An archive of company facts files: per company and year, three 10-Qs (the quarter's
	 * revenue and net income; operating cash flow and capital expenditure year to date)
	 * and a 10-K (the fiscal year), filed 35 and 60 days after their periods.
	 */
	private static void write(Path zip, List<String> names, int years) throws IOException {
		Random random = new Random(42);
		try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
			for (int c = 0; c < names.size(); c++) {
				long cik = 9_000_000L + c;
				out.putNextEntry(new ZipEntry("CIK%010d.json".formatted(cik)));
				Writer json = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
				boolean june = c % 5 == 4;
				Map<String, List<String>> concepts = new java.util.LinkedHashMap<>();
				for (String concept : List.of("RevenueFromContractWithCustomerExcludingAssessedTax", "NetIncomeLoss",
						"NetCashProvidedByUsedInOperatingActivities", "PaymentsToAcquirePropertyPlantAndEquipment")) {
					concepts.put(concept, new ArrayList<>());
				}
				int filing = 0;
				for (int y = 0; y < years; y++) {
					int fiscalYear = 2016 + y;
					LocalDate start = june ? LocalDate.of(fiscalYear - 1, 7, 1) : LocalDate.of(fiscalYear, 1, 1);
					long operating = 0;
					long capex = 0;
					long revenue = 0;
					long income = 0;
					for (int q = 1; q <= 4; q++) {
						LocalDate quarterStart = start.plusMonths(3L * (q - 1));
						LocalDate end = start.plusMonths(3L * q).minusDays(1);
						String accession = "%010d-%02d-%06d".formatted(cik, fiscalYear % 100, ++filing);
						String form = (q == 4) ? "10-K" : "10-Q";
						String fp = (q == 4) ? "FY" : "Q" + q;
						LocalDate filed = end.plusDays((q == 4) ? 60 : 35);
						long quarterRevenue = 1_000_000_000L + random.nextInt(1_000_000_000);
						long quarterIncome = quarterRevenue / 10 - random.nextInt(200_000_000);
						long quarterOperating = quarterRevenue / 5 - random.nextInt(150_000_000);
						// About one quarter in seven spends more than it takes in.
						long quarterCapex = (random.nextInt(7) == 0) ? quarterOperating + random.nextInt(100_000_000)
								: quarterOperating / 2;
						revenue += quarterRevenue;
						income += quarterIncome;
						operating += quarterOperating;
						capex += quarterCapex;
						String meta = "\"accn\": \"%s\", \"fy\": %d, \"fp\": \"%s\", \"form\": \"%s\", \"filed\": \"%s\""
							.formatted(accession, fiscalYear, fp, form, filed);
						if (q < 4) {
							concepts.get("RevenueFromContractWithCustomerExcludingAssessedTax")
								.add(value(quarterStart, end, quarterRevenue, meta));
							concepts.get("NetIncomeLoss").add(value(quarterStart, end, quarterIncome, meta));
						}
						else {
							concepts.get("RevenueFromContractWithCustomerExcludingAssessedTax")
								.add(value(start, end, revenue, meta));
							concepts.get("NetIncomeLoss").add(value(start, end, income, meta));
						}
						concepts.get("NetCashProvidedByUsedInOperatingActivities")
							.add(value(start, end, operating, meta));
						concepts.get("PaymentsToAcquirePropertyPlantAndEquipment").add(value(start, end, capex, meta));
					}
				}
				json.write("{\"cik\": %d, \"entityName\": \"%s\", \"facts\": {\"us-gaap\": {".formatted(cik,
						names.get(c).replace("\"", "")));
				int i = 0;
				for (Map.Entry<String, List<String>> concept : concepts.entrySet()) {
					json.write(
							((i++ > 0) ? ", " : "") + "\"" + concept.getKey() + "\": {\"label\": \"" + concept.getKey()
									+ "\", \"units\": {\"USD\": [" + String.join(", ", concept.getValue()) + "]}}");
				}
				json.write("}}}");
				json.flush();
				out.closeEntry();
			}
		}
	}

	private static String value(LocalDate start, LocalDate end, long value, String meta) {
		return "{\"start\": \"%s\", \"end\": \"%s\", \"val\": %d, %s}".formatted(start, end, value, meta);
	}

}
