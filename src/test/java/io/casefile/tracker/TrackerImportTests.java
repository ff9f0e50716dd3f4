package io.casefile.tracker;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import io.casefile.WritingTest;
import io.casefile.recording.Problem;
import io.casefile.recording.RecordingRejectedException;
import io.casefile.tracker.TrackerImport.Mode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Importing the public layoffs tracker: its rows become cited layoff waves, matched to
 * the organizations and waves the graph already has; a second import changes nothing; a
 * malformed file is refused whole and the graph is left as it was.
 */
@WritingTest
class TrackerImportTests {

	static final String TRACKER = "trackers/layoffs-tracker-2020-2026.csv";

	static final String HEADER = "company,location,total_laid_off,date,percentage_laid_off,industry,source,"
			+ "stage,funds_raised,country,date_added\n";

	@Autowired
	TrackerImport trackers;

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Neo4jClient neo4j;

	@Test
	void amazonsLayoffWavesFrom2022To2026ComeInDateOrderEachWithItsSourceAddress() throws IOException {
		importTracker();

		List<Map<String, Object>> waves = this.graphQl.document("""
				{
				  organization(name: "Amazon.com") {
				    timeline(kinds: [LAYOFF_WAVE], from: "2022-01-01", first: 100) {
				      edges { node { id date { text } ... on LayoffWave { headcount }
				        citations { source { url } } } }
				    }
				  }
				}""")
			.execute()
			.path("organization.timeline.edges[*].node")
			.entityList(Map.class)
			.get()
			.stream()
			.map((wave) -> (Map<String, Object>) wave)
			.toList();

		assertThat(waves).<Object>extracting((wave) -> ((Map<?, ?>) wave.get("date")).get("text"))
			.containsExactly("2022-10-28", "2022-11-16", "2023-01-04", "2023-03-20", "2023-07-13", "2023-11-08",
					"2023-11-13", "2023-11-17", "2024-01-10", "2024-01-18", "2024-02-06", "2024-04-03", "2025-01-29",
					"2025-05-14", "2025-07-17", "late October 2025", "2025-12-15", "late January 2026");
		assertThat(waves).<Object>extracting((wave) -> wave.get("headcount"))
			.containsExactly(150, 10000, 8000, 9000, 80, null, 180, null, null, 30, 400, null, null, 100, null, 14000,
					84, 16000);
		// Every wave has its source's address; the seed's two waves keep the article and
		// gain the tracker's sources.
		assertThat(waves).allSatisfy((wave) -> assertThat(urls(wave)).isNotEmpty());
		// (Other tests of this graph add their own claims about Amazon's waves.)
		assertThat(urls(waves.get(15)))
			.contains("https://www.cnbc.com/2025/10/28/amazon-layoffs-corporate-workers-ai.html");
		assertThat(waves.get(15)).containsEntry("id", "amazon-layoffs-2025-10");
		assertThat(urls(waves.get(17)))
			.contains("https://www.aboutamazon.com/news/company-news/amazon-layoffs-corporate-jan-2026");
		assertThat(urls(waves.getFirst())).containsExactly(
				"https://www.geekwire.com/2022/amazon-makes-staff-cuts-at-amp-the-app-it-launched-this-year-to-reimagine-radio/");
		// Exactly one Amazon organization: the tracker's "Amazon" is the seed's.
		assertThat(count("MATCH (o:Organization)-[:KNOWN_AS]->(:OrganizationName {key: 'amazon'}) RETURN count(o)"))
			.isOne();
	}

	@Test
	void importingTheSameFileTwiceChangesNothing() throws IOException {
		importTracker();
		long before = graphSize();

		ImportReport again = importTracker();

		assertThat(graphSize()).isEqualTo(before);
		assertThat(again.created()).isZero();
		assertThat(again.merged()).isZero();
		assertThat(again.unchanged()).isEqualTo(4274);
		assertThat(again.organizationsCreated()).isZero();
		assertThat(again.sourcesCreated()).isZero();
		assertThat(again.skipped()).extracting(Problem::line).containsExactly(1457, 2434, 3122);
		assertThat(again.withoutHeadcount()).hasSize(1473);
	}

	static Stream<Arguments> filesWithOneBadRow() {
		String good = "Quanta Widgets,Oslo,120,3/2/2024,,Hardware,https://example.org/quanta,Series B,40,Norway,3/3/2024\n";
		return Stream.of(Arguments.of("wrong columns", (HEADER + good + "Quanta Widgets,Oslo,120,3/2/2024\n")
			.getBytes(), "line 3: expected 11 columns but found 4"), Arguments.of("a bad date",
					(HEADER + good + good.replace("3/2/2024", "2024-13-45").replace("quanta", "quanta-2")).getBytes(),
					"line 3 date \"2024-13-45\": it is not a day: write M/D/YYYY, YYYY-MM-DD or a day such as Jan 28, 2026"),
				Arguments.of("a negative headcount",
						(HEADER + good + good.replace(",120,", ",-120,").replace("quanta", "quanta-3")).getBytes(),
						"line 3 headcount \"-120\": it is negative"),
				Arguments.of("bytes that are not UTF-8", concat((HEADER + good).getBytes(StandardCharsets.UTF_8),
						"Quanta Widgets,Troms\u00f8,1,3/2/2024,,Hardware,https://example.org/q4,B,1,Norway,3/3/2024\n"
							.getBytes(StandardCharsets.ISO_8859_1)),
						"line 3: bytes that are not UTF-8 (save the file as UTF-8)"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("filesWithOneBadRow")
	void aFileWithOneBadRowIsRefusedWithItsLineAndReasonAndTheGraphIsUnchanged(String what, byte[] file,
			String problem) {
		long before = graphSize();

		assertThatExceptionOfType(RecordingRejectedException.class)
			.isThrownBy(() -> this.trackers.write("quanta.csv", () -> new ByteArrayInputStream(file),
					TrackerImport.Options.of(TrackerColumns.USUAL_NAMES, Mode.ALL_OR_NOTHING), "tester",
					TrackerImport.Progress.NONE))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(Problem::toString).containsExactly(problem))
			.satisfies((ex) -> assertThat(ex.getMessage()).startsWith("The tracker was rejected"));

		assertThat(graphSize()).isEqualTo(before);
		assertThat(count("MATCH (o:Organization {id: 'quanta-widgets'}) RETURN count(o)")).isZero();
	}

	@Test
	void withValidRowsTheGoodRowsAreImportedAndTheBadOnesReported() throws IOException {
		String file = HEADER
				+ "Ostrava Robotics,Ostrava,45,2/10/2024,,Hardware,https://example.org/ostrava,Seed,3,Czechia,2/11/2024\n"
				+ "Ostrava Robotics,Ostrava,many,2/12/2024,,Hardware,https://example.org/ostrava-2,Seed,3,Czechia,2/13/2024\n";

		ImportReport report = this.trackers.write("ostrava.csv",
				() -> new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
				TrackerImport.Options.of(TrackerColumns.USUAL_NAMES, Mode.VALID_ROWS), "tester",
				TrackerImport.Progress.NONE);

		assertThat(report.rejected()).extracting(Problem::toString)
			.containsExactly("line 3 headcount \"many\": it is not a whole number");
		assertThat(report.rows()).isOne();
		assertThat(count("""
				MATCH (:Organization {id: 'ostrava-robotics'})<-[:CONCERNS]-(e:LayoffWave {headcount: 45})
				      -[r:REPORTED_IN]->(:Source {url: 'https://example.org/ostrava'})
				RETURN count(r)""")).isOne();
	}

	@Test
	void fourWritersImportingTheSameFileAtOnceLeaveOneWaveARow() throws Exception {
		String file = HEADER
				+ "Lindesnes Data,Mandal,20,9/1/2024,,Data,https://example.org/lindesnes-1,Seed,2,Norway,9/2/2024\n"
				+ "Lindesnes Data,Mandal,25,9/15/2024,,Data,https://example.org/lindesnes-2,Seed,2,Norway,9/16/2024\n"
				+ "Lindesnes Data,Mandal,,10/1/2024,,Data,https://example.org/lindesnes-3,Seed,2,Norway,10/2/2024\n";
		List<Callable<ImportReport>> writers = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			writers.add(() -> this.trackers.write("lindesnes.csv",
					() -> new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
					TrackerImport.Options.of(TrackerColumns.USUAL_NAMES, Mode.ALL_OR_NOTHING), "tester",
					TrackerImport.Progress.NONE));
		}
		List<ImportReport> reports = new ArrayList<>();
		try (ExecutorService threads = Executors.newFixedThreadPool(4)) {
			for (Future<ImportReport> written : threads.invokeAll(writers)) {
				reports.add(written.get());
			}
		}
		assertThat(reports).hasSize(4);
		assertThat(count(
				"MATCH (o:Organization)-[:KNOWN_AS]->(:OrganizationName {key: 'lindesnes data'}) RETURN count(o)"))
			.isOne();
		assertThat(count("MATCH (:Organization {id: 'lindesnes-data'})<-[:CONCERNS]-(e:LayoffWave) RETURN count(e)"))
			.isEqualTo(3);
		assertThat(count("MATCH (:Organization {id: 'lindesnes-data'})<-[:CONCERNS]-(:LayoffWave)-[r:REPORTED_IN]->() "
				+ "RETURN count(r)"))
			.isEqualTo(3);
		assertThat(count("MATCH (s:Source) WHERE s.url STARTS WITH 'https://example.org/lindesnes-' RETURN count(s)"))
			.isEqualTo(3);
	}

	@Test
	void aFileLargerThanOneTransactionIsWrittenInSeveralAndStillOneWaveADay(
			@Autowired io.casefile.recording.Recorder recorder) throws IOException {
		// Two rows a transaction: the second transaction's row of 5/2 joins the wave the
		// first one created.
		TrackerImport smallTransactions = new TrackerImport(recorder, 2);
		String file = HEADER
				+ "Eidsvoll Energy,Eidsvoll,10,5/1/2024,,Energy,https://example.org/eidsvoll-1,Seed,2,Norway,5/2/2024\n"
				+ "Eidsvoll Energy,Eidsvoll,12,5/2/2024,,Energy,https://example.org/eidsvoll-2,Seed,2,Norway,5/3/2024\n"
				+ "Eidsvoll Energy,Eidsvoll,12,5/2/2024,,Energy,https://example.org/eidsvoll-3,Seed,2,Norway,5/3/2024\n"
				+ "Eidsvoll Energy,Eidsvoll,30,6/1/2024,,Energy,https://example.org/eidsvoll-4,Seed,2,Norway,6/2/2024\n"
				+ "Eidsvoll Energy,Eidsvoll,40,7/1/2024,,Energy,https://example.org/eidsvoll-5,Seed,2,Norway,7/2/2024\n";

		ImportReport report = smallTransactions.write("eidsvoll.csv",
				() -> new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
				TrackerImport.Options.of(TrackerColumns.USUAL_NAMES, Mode.ALL_OR_NOTHING), "tester",
				TrackerImport.Progress.NONE);

		assertThat(report.rows()).isEqualTo(5);
		assertThat(report.created()).isEqualTo(4);
		assertThat(report.merged()).isOne();
		assertThat(count("MATCH (:Organization {id: 'eidsvoll-energy'})<-[:CONCERNS]-(e:LayoffWave) RETURN count(e)"))
			.isEqualTo(4);
		assertThat(count("MATCH (c:Change {target: 'eidsvoll.csv'}) RETURN count(c)")).isEqualTo(3);
	}

	private ImportReport importTracker() throws IOException {
		return this.trackers.write("layoffs-tracker-2020-2026.csv",
				() -> new ClassPathResource(TRACKER).getInputStream(),
				TrackerImport.Options.of(TrackerColumns.USUAL_NAMES, Mode.ALL_OR_NOTHING), "tester",
				TrackerImport.Progress.NONE);
	}

	@SuppressWarnings("unchecked")
	private static List<Object> urls(Map<String, Object> wave) {
		return ((List<Map<String, Map<String, Object>>>) wave.get("citations")).stream()
			.map((citation) -> citation.get("source").get("url"))
			.filter((url) -> url != null)
			.map(Object.class::cast)
			.toList();
	}

	/** Nodes and relationships, apart from the audit log. */
	private long graphSize() {
		return count("MATCH (n) WHERE NOT n:Change RETURN count(n)")
				+ count("MATCH ()-[r]->() WHERE NOT r:CHANGED RETURN count(r)");
	}

	private long count(String cypher) {
		return this.neo4j.query(cypher).fetchAs(Long.class).one().orElseThrow();
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] both = new byte[a.length + b.length];
		System.arraycopy(a, 0, both, 0, a.length);
		System.arraycopy(b, 0, both, a.length, b.length);
		return both;
	}

}
