package io.casefile.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import io.casefile.CasefileTest;
import io.casefile.SharedNeo4j;
import io.casefile.WritingTest;
import io.casefile.tracker.ImportReport;
import io.casefile.tracker.TestTrackers;
import io.casefile.tracker.TrackerColumns;
import io.casefile.tracker.TrackerImport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files larger than one transaction of the database can hold (their graph,
 * {@link SharedNeo4j#SMALL_TRANSACTIONS}, lets a transaction use 16 MiB). A tracker's
 * rows are written in transactions small enough, each all or nothing, every row once. A
 * dataset, which is one transaction, is refused with what to do, and nothing of it is
 * written.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "casefile.neo4j.embedded.enabled=false", "casefile.warm-up=false",
				"casefile.test.graph=" + SharedNeo4j.SMALL_TRANSACTIONS,
				"casefile.security.tokens=tester:" + WritingTest.TOKEN })
@AutoConfigureHttpGraphQlTester
@Import(CasefileTest.SharedNeo4jConnection.class)
class FilesLargerThanATransactionTests {

	/** Rows of the tracker: a transaction of 16 MiB holds fewer than 375 of them. */
	static final int ROWS = 1200;

	static final int COMPANIES = 120;

	@Autowired
	TrackerImport trackers;

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Neo4jClient neo4j;

	@Test
	void aTrackerThatOneTransactionCannotHoldIsWrittenInSmallerOnesWithEveryRowOnce() throws IOException {
		byte[] tracker = tracker();

		ImportReport report = importTracker(tracker);

		assertThat(report.transactions()).isGreaterThan(1);
		assertThat(report.rows()).isEqualTo(ROWS);
		assertThat(report.created()).isEqualTo(ROWS);
		assertThat(report.organizationsCreated()).isEqualTo(COMPANIES);
		assertThat(report.sourcesCreated()).isEqualTo(ROWS);
		// Each row is one wave of its company, cited once to its own source.
		assertThat(count("""
				MATCH (w:LayoffWave)-[:CONCERNS]->(:Organization)-[:KNOWN_AS]->(n:OrganizationName)
				WHERE n.key STARTS WITH 'halvdelen '
				RETURN count(DISTINCT w)""")).isEqualTo(ROWS);
		assertThat(count("MATCH (:LayoffWave)-[c:REPORTED_IN {via: 'halvdelen.csv'}]->() RETURN count(c)"))
			.isEqualTo(ROWS);
		assertThat(count("MATCH (:LayoffWave)-[:REPORTED_IN {via: 'halvdelen.csv'}]->(s) RETURN count(DISTINCT s)"))
			.isEqualTo(ROWS);
		// A company's headquarters, industry and country are cited once, by the first row
		// that gives them, however many transactions wrote the file.
		assertThat(count("MATCH (:Attribute)-[c:REPORTED_IN {via: 'halvdelen.csv'}]->() RETURN count(c)"))
			.isEqualTo(3 * COMPANIES);
		assertThat(this.neo4j.query("""
				MATCH (o:Organization {name: 'Halvdelen 007'})-[:HAS_ATTRIBUTE]->(:Attribute)-[:REPORTED_IN]->(s:Source)
				RETURN DISTINCT s.url""").fetchAs(String.class).all())
			.containsExactly("https://example.org/halvdelen/7");
		// The audit log names the rows of each transaction, which cover the file once.
		List<String> parts = this.neo4j.query("""
				MATCH (c:Change {action: 'IMPORT', target: 'halvdelen.csv'})
				RETURN c.summary AS summary ORDER BY c.at""").fetchAs(String.class).all().stream().toList();
		assertThat(parts).hasSize(report.transactions())
			.allSatisfy((summary) -> assertThat(summary).containsPattern("rows [0-9,]+ to [0-9,]+ of 1,200"));
		assertThat(parts.getFirst()).contains("rows 1 to ");
		assertThat(parts.getLast()).contains(" to 1,200 of 1,200");

		ImportReport again = importTracker(tracker);

		assertThat(again.unchanged()).isEqualTo(ROWS);
		assertThat(again.created()).isZero();
	}

	@Test
	void aDatasetThatOneTransactionCannotHoldIsRefusedWithWhatToDoAndNothingWritten() {
		StringBuilder ndjson = new StringBuilder("""
				{"format": "casefile/1", "dataset": "test:hele-eller-ingenting"}
				{"source": {"id": "hele-post", "title": "Hele Post", "publishedOn": "1991-01-01"}}
				""");
		for (int company = 0; company < COMPANIES; company++) {
			ndjson.append("""
					{"organization": {"id": "hele-verft-%1$d", "name": "Hele Verft %1$d"}}
					""".formatted(company));
		}
		for (int i = 0; i < ROWS; i++) {
			int company = i % COMPANIES;
			LocalDate day = LocalDate.of(1991, 1, 1).plusDays(100L * (i / COMPANIES));
			ndjson
				.append("""
						{"event": {"kind": "LAYOFF_WAVE", "organizations": ["hele-verft-%d"], "title": "Hele Verft cuts %d jobs", \
						"date": "%s", "headcount": %d, "citations": [{"source": "hele-post", "excerpt": "Hele Verft cut %d jobs."}]}}
						"""
					.formatted(company, 10 + i, day, 10 + i, 10 + i));
		}

		this.graphQl.mutate()
			.header("Authorization", "Bearer " + WritingTest.TOKEN)
			.build()
			.document("mutation ($content: String!) { importDataset(content: $content, format: NDJSON) { facts } }")
			.variable("content", ndjson.toString())
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getExtensions()).containsEntry("code", "IMPORT_REJECTED");
				assertThat(error.getMessage())
					.startsWith("The dataset needs more memory in one transaction than the database allows, "
							+ "and nothing of it was written: split it into smaller files, or give the database "
							+ "more heap (-Xmx)");
			}));

		assertThat(count("MATCH (o:Organization) WHERE o.id STARTS WITH 'hele-verft' RETURN count(o)")).isZero();
		assertThat(count("MATCH (s:Source {id: 'hele-post'}) RETURN count(s)")).isZero();
		// The server goes on answering.
		this.graphQl.document("{ organization(name: \"Amazon\") { name } }")
			.execute()
			.path("organization.name")
			.entity(String.class)
			.isEqualTo("Amazon");
	}

	private ImportReport importTracker(byte[] tracker) throws IOException {
		return this.trackers.write("halvdelen.csv", () -> new ByteArrayInputStream(tracker),
				TrackerImport.Options.of(TrackerColumns.USUAL_NAMES, TrackerImport.Mode.ALL_OR_NOTHING), "tester",
				TrackerImport.Progress.NONE);
	}

	/** Ten waves a company, a hundred days apart, each from a source of its own. */
	private static byte[] tracker() {
		StringBuilder csv = new StringBuilder(TestTrackers.HEADER);
		for (int row = 0; row < ROWS; row++) {
			int company = row % COMPANIES;
			LocalDate day = LocalDate.of(1990, 1, 1).plusDays(100L * (row / COMPANIES) + company % 50);
			csv.append(
					"Halvdelen %03d,Bergen,%d,%d/%d/%d,,Retail,https://example.org/halvdelen/%d,Seed,1,Norway,%d/%d/%d\n"
						.formatted(company, 10 + row, day.getMonthValue(), day.getDayOfMonth(), day.getYear(), row,
								day.getMonthValue(), day.getDayOfMonth(), day.getYear()));
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private long count(String cypher) {
		return this.neo4j.query(cypher).fetchAs(Long.class).one().orElseThrow();
	}

}
