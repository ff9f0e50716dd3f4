package io.casefile.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.casefile.WritingTest;
import io.casefile.tracker.TestTrackers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two doors of the bulk import, the GraphQL mutations and the command line, in front
 * of one engine.
 */
@WritingTest
class ImportDoorsTests {

	static final String IMPORT = """
			mutation ($csv: String!, $mode: ImportMode) {
			  importLayoffTracker(name: "doors.csv", csv: $csv, mode: $mode) {
			    rows created rejected { line field value reason } withoutHeadcount transactions
			  }
			}""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	ConfigurableApplicationContext context;

	HttpGraphQlTester writer() {
		return this.graphQl.mutate().header("Authorization", "Bearer " + WritingTest.TOKEN).build();
	}

	@Test
	void aTrackerWithABadRowIsRefusedThroughGraphQlWithItsLineAndReason() {
		String csv = TestTrackers.HEADER
				+ "Ulvik Systems,Bergen,30,4/4/2024,,Software,https://example.org/ulvik,Seed,2,Norway,4/5/2024\n"
				+ "Ulvik Systems,Bergen,31,4/31/2024,,Software,https://example.org/ulvik-2,Seed,2,Norway,5/1/2024\n";

		writer().document(IMPORT)
			.variable("csv", csv)
			.execute()
			.errors()
			.expect((error) -> "IMPORT_REJECTED".equals(error.getExtensions()
				.get("code")) && error.getMessage().startsWith("The tracker was rejected") && error.getExtensions()
					.get("problems")
					.equals(java.util.List.of(java.util.Map.of("line", 3, "field", "date", "value", "\"4/31/2024\"",
							"reason", "it is not a day: write M/D/YYYY, YYYY-MM-DD or a day such as Jan 28, 2026"))))
			.verify();
		assertThat(count("MATCH (o:Organization {name: 'Ulvik Systems'}) RETURN count(o)")).isZero();

		writer().document(IMPORT)
			.variable("csv", csv)
			.variable("mode", "VALID_ROWS")
			.execute()
			.path("importLayoffTracker.created")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("importLayoffTracker.transactions")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("importLayoffTracker.rejected[0].line")
			.entity(Integer.class)
			.isEqualTo(3);
	}

	@Test
	void aDatasetInNdjsonIsImportedThroughGraphQl() {
		String ndjson = """
				{"format": "casefile/1", "dataset": "ndjson-doors"}
				{"source": {"id": "ndjson-source", "title": "Fjord Post", "publishedOn": "2025-03-01", "url": "https://example.org/fjord"}}
				{"organization": {"id": "fjord-shipping", "name": "Fjord Shipping"}}
				{"event": {"id": "fjord-layoffs-2025-03", "kind": "LAYOFF_WAVE", "organizations": ["fjord-shipping"], "title": "Fjord Shipping cuts 60 jobs", "date": "1 March 2025", "headcount": 60, "citations": [{"source": "ndjson-source", "excerpt": "Fjord Shipping cut 60 jobs."}]}}
				""";
		writer().document("""
				mutation ($content: String!) { importDataset(content: $content, format: NDJSON) { dataset facts } }""")
			.variable("content", ndjson)
			.execute()
			.path("importDataset.facts")
			.entity(Integer.class)
			.isEqualTo(1);
		this.graphQl.document("{ event(id: \"fjord-layoffs-2025-03\") { title citations { source { url } } } }")
			.execute()
			.path("event.citations[0].source.url")
			.entity(String.class)
			.isEqualTo("https://example.org/fjord");
	}

	@Test
	void theCommandLineImportsAFileAndSaysWhatItDid(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("cli-tracker.csv");
		Files.writeString(file,
				TestTrackers.HEADER
						+ "Vestby Bio,Oslo,12,6/6/2024,,Healthcare,https://example.org/vestby,Seed,2,Norway,6/7/2024\n"
						+ "Vestby Bio,Oslo,,7/7/2024,,Healthcare,https://example.org/vestby-2,Seed,2,Norway,7/8/2024\n"
						+ "Vestby Bio,Oslo,5,8/8/2024,,Healthcare,,Seed,2,Norway,8/9/2024\n");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();

		boolean imported = ImportCommand.importFile(this.context, file,
				ImportCommand.Options.parse(new String[] { "import", file.toString() }), "cli:tester",
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

		assertThat(imported).isTrue();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("Imported cli-tracker.csv")
			.contains(" rows in 1 transaction\n")
			.containsPattern("created +2 ")
			.containsPattern("skipped +1")
			.contains("line 4 source: no source")
			.contains("without a headcount: 1 rows");
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("2/2 rows written");
	}

	@Test
	void theCommandLineTellsACompanyFactsFileFromADatasetByItsCik(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("CIK0009000001.json");
		String filing = "\"accn\": \"0009000001-25-%06d\", \"fy\": 2025, \"fp\": \"%s\", \"form\": \"%s\", \"filed\": \"%s\"";
		Files.writeString(file, """
				{"cik": 9000001, "entityName": "VESTBY FILER INC", "facts": {"us-gaap": {
				  "NetCashProvidedByUsedInOperatingActivities": {"label": "Operating cash flow", "units": {"USD": [
				    {"start": "2025-01-01", "end": "2025-03-31", "val": 100, %s},
				    {"start": "2025-01-01", "end": "2025-06-30", "val": 150, %s}]}},
				  "PaymentsToAcquirePropertyPlantAndEquipment": {"label": "Capex", "units": {"USD": [
				    {"start": "2025-01-01", "end": "2025-03-31", "val": 40, %s},
				    {"start": "2025-01-01", "end": "2025-06-30", "val": 130, %s}]}}}}}
				""".formatted(filing.formatted(1, "Q1", "10-Q", "2025-05-01"),
				filing.formatted(2, "Q2", "10-Q", "2025-08-01"), filing.formatted(1, "Q1", "10-Q", "2025-05-01"),
				filing.formatted(2, "Q2", "10-Q", "2025-08-01")));
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		boolean imported = ImportCommand.importFile(this.context, file,
				ImportCommand.Options.parse(new String[] { "import", file.toString() }), "cli:tester",
				new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

		assertThat(imported).isTrue();
		// Two quarters: the first as filed, the second the six months less the first.
		assertThat(out.toString(StandardCharsets.UTF_8))
			.contains("Imported CIK0009000001.json in ", ": 1 company, 2 quarters, 8 facts")
			.containsPattern("created +2 ");
		assertThat(count("MATCH (:Organization {name: 'VESTBY FILER INC'})<-[:CONCERNS]-(:FinancialResult)"
				+ "-[:REPORTS]->(f:Figure {metric: 'FREE_CASH_FLOW'}) RETURN sum(f.value)"))
			.isEqualTo((100 - 40) + (50 - 90));
	}

	@Test
	void theCommandLineRefusesABadFileAndSaysWhy(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("bad.csv");
		Files.writeString(file, TestTrackers.HEADER
				+ "Vestby Bio,Oslo,-3,6/6/2024,,Healthcare,https://example.org/vestby-bad,Seed,2,Norway,6/7/2024\n");
		ByteArrayOutputStream err = new ByteArrayOutputStream();

		boolean imported = ImportCommand.importFile(this.context, file,
				ImportCommand.Options.parse(new String[] { "import", file.toString() }), "cli:tester",
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));

		assertThat(imported).isFalse();
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("bad.csv was refused; nothing of it was written")
			.contains("line 2 headcount \"-3\": it is negative");
	}

	private long count(String cypher) {
		return this.neo4j.query(cypher).fetchAs(Long.class).one().orElseThrow();
	}

}
