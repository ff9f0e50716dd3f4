package io.casefile.writing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.casefile.WritingTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A journalist records what they found, one fact at a time: cited, idempotent, audited; a
 * second source's different figure is kept beside the first; a correction keeps what each
 * source said; a retraction hides the fact but keeps it.
 */
@WritingTest
class WritingFactsTests {

	static final String RECORD_EVENT = """
			mutation ($event: EventInput!, $sources: [SourceInput!]) {
			  recordEvent(event: $event, sources: $sources) {
			    outcome
			    event { id title date { text } ... on LayoffWave { headcount } citations { excerpt source { url } } }
			  }
			}""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Neo4jClient neo4j;

	HttpGraphQlTester writer() {
		return this.graphQl.mutate().header("Authorization", "Bearer " + WritingTest.TOKEN).build();
	}

	static Map<String, Object> wave(String company, String date, int headcount, String url, String excerpt) {
		return Map.of("kind", "LAYOFF_WAVE", "organizations", List.of(company), "title",
				company + " cuts " + headcount + " jobs", "date", date, "headcount", headcount, "citations",
				List.of(Map.of("source", sourceId(url), "excerpt", excerpt)));
	}

	static String sourceId(String url) {
		return io.casefile.recording.Ids.source(url);
	}

	@Test
	void aLayoffWaveIsRecordedOnceThoughTheRequestIsRetried() {
		recordOrganization("Nordlys Analytics");
		Map<String, Object> event = wave("Nordlys Analytics", "12 March 2025", 240, "https://example.org/nordlys-1",
				"Nordlys Analytics is cutting 240 jobs, the company said on 12 March.");
		List<Map<String, String>> sources = List.of(Map.of("url", "https://example.org/nordlys-1", "title",
				"Nordlys cuts 240", "publishedOn", "12 March 2025"));

		String id = writer().document(RECORD_EVENT)
			.variable("event", event)
			.variable("sources", sources)
			.execute()
			.path("recordEvent.outcome")
			.entity(String.class)
			.isEqualTo("CREATED")
			.path("recordEvent.event.citations[0].source.url")
			.entity(String.class)
			.isEqualTo("https://example.org/nordlys-1")
			.path("recordEvent.event.id")
			.entity(String.class)
			.get();

		writer().document(RECORD_EVENT)
			.variable("event", event)
			.variable("sources", sources)
			.execute()
			.path("recordEvent.outcome")
			.entity(String.class)
			.isEqualTo("UNCHANGED")
			.path("recordEvent.event.id")
			.entity(String.class)
			.isEqualTo(id);
		assertThat(count("MATCH (e:Event {id: $id})-[r:REPORTED_IN]->() RETURN count(r)", id)).isOne();
		// The audit log says who recorded it.
		this.graphQl.document("query ($id: String) { changes(fact: $id) { edges { node { actor action } } } }")
			.variable("id", id)
			.execute()
			.path("changes.edges[*].node.action")
			.entityList(String.class)
			.containsExactly("RECORD_EVENT")
			.path("changes.edges[0].node.actor")
			.entity(String.class)
			.isEqualTo("tester");
	}

	@Test
	void aSecondSourceWithAnotherHeadcountIsKeptAsItsClaimAndTheWaveIsDisputed() {
		recordOrganization("Brightwater Labs");
		recordSource("https://example.org/brightwater-a");
		recordSource("https://example.org/brightwater-b");
		String id = recordWave(wave("Brightwater Labs", "2025-06-03", 120, "https://example.org/brightwater-a",
				"Brightwater Labs lays off 120."));

		writer().document(RECORD_EVENT)
			.variable("event",
					wave("Brightwater Labs", "3 June 2025", 150, "https://example.org/brightwater-b",
							"About 150 Brightwater employees lost their jobs on Tuesday."))
			.execute()
			.path("recordEvent.outcome")
			.entity(String.class)
			.isEqualTo("CLAIM_ADDED")
			// The wave keeps what was first recorded.
			.path("recordEvent.event.headcount")
			.entity(Integer.class)
			.isEqualTo(120);

		this.graphQl.document("""
				{ disputes(organization: "Brightwater Labs") { edges { node {
				    event { id } about claims { headcount citation { source { url } } } } } } }""")
			.execute()
			.path("disputes.edges[0].node.event.id")
			.entity(String.class)
			.isEqualTo(id)
			.path("disputes.edges[0].node.about")
			.entityList(String.class)
			.containsExactly("HEADCOUNT")
			.path("disputes.edges[0].node.claims[*].headcount")
			.entityList(Integer.class)
			.satisfies((counts) -> assertThat(counts).containsExactlyInAnyOrder(120, 150));
	}

	@Test
	void anEventWithoutACitationIsRefusedAndNothingIsWritten() {
		recordOrganization("Halden Motors");
		long before = graphSize();
		Map<String, Object> uncited = Map.of("kind", "LAYOFF_WAVE", "organizations", List.of("Halden Motors"), "title",
				"Halden Motors cuts jobs", "date", "2025-02-02", "citations", List.of());

		writer().document(RECORD_EVENT)
			.variable("event", uncited)
			.execute()
			.errors()
			.expect((error) -> "CITATION_REQUIRED".equals(error.getExtensions().get("code")))
			.verify();
		assertThat(graphSize()).isEqualTo(before);
	}

	@Test
	void eightWritersRecordingTheSameWaveAtOnceLeaveOneWaveWithOneCitationAndOneIsToldItCreatedIt() throws Exception {
		recordOrganization("Kestrel Freight");
		recordSource("https://example.org/kestrel");
		Map<String, Object> event = wave("Kestrel Freight", "2025-09-09", 75, "https://example.org/kestrel",
				"Kestrel Freight cut 75 jobs on 9 September.");
		List<Callable<Map<String, Object>>> writers = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			writers.add(() -> writer().document(RECORD_EVENT)
				.variable("event", event)
				.execute()
				.path("recordEvent")
				.entity(new ParameterizedTypeReference<Map<String, Object>>() {
				})
				.get());
		}
		List<Map<String, Object>> written = new ArrayList<>();
		try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
			for (Future<Map<String, Object>> write : threads.invokeAll(writers)) {
				written.add(write.get());
			}
		}
		List<Object> ids = written.stream().<Object>map((w) -> ((Map<?, ?>) w.get("event")).get("id")).toList();
		assertThat(ids).hasSize(8).containsOnly(ids.getFirst());
		String id = (String) ids.getFirst();
		// Exactly one of the racing writers created it, and only that one is in the audit
		// log; the others were told the graph had it already.
		assertThat(written).extracting((w) -> w.get("outcome"))
			.containsExactlyInAnyOrder("CREATED", "UNCHANGED", "UNCHANGED", "UNCHANGED", "UNCHANGED", "UNCHANGED",
					"UNCHANGED", "UNCHANGED");
		assertThat(
				count("MATCH (c:Change {action: 'RECORD_EVENT'})-[:CHANGED]->(:Event {id: $id}) RETURN count(c)", id))
			.isOne();
		assertThat(count("MATCH (e:Event {id: $id}) RETURN count(e)", id)).isOne();
		assertThat(count("MATCH (e:Event {id: $id})-[r:REPORTED_IN]->() RETURN count(r)", id)).isOne();
		assertThat(count("MATCH (o:Organization {name: $id}) RETURN count(o)", "Kestrel Freight")).isOne();
	}

	@Test
	void aCorrectionKeepsWhatTheEarlierSourceSaidAndTheLogKeepsBeforeAndAfter() {
		recordOrganization("Sundt Robotics");
		recordSource("https://example.org/sundt-a");
		recordSource("https://example.org/sundt-b");
		String id = recordWave(wave("Sundt Robotics", "2025-04-01", 300, "https://example.org/sundt-a",
				"Sundt Robotics will cut 300 positions."));

		writer().document("""
				mutation ($id: ID!, $source: ID!) {
				  correctEvent(id: $id, correction: {headcount: 260},
				               citation: {source: $source, excerpt: "Sundt later put the number at 260."}) {
				    ... on LayoffWave { headcount }
				  }
				}""")
			.variable("id", id)
			.variable("source", sourceId("https://example.org/sundt-b"))
			.execute()
			.path("correctEvent.headcount")
			.entity(Integer.class)
			.isEqualTo(260);

		this.graphQl.document(
				"""
						{ disputes(organization: "Sundt Robotics") { edges { node { claims { headcount citation { source { url } } } } } } }""")
			.execute()
			.path("disputes.edges[0].node.claims[*].headcount")
			.entityList(Integer.class)
			.satisfies((counts) -> assertThat(counts).containsExactlyInAnyOrder(300, 260));
		this.graphQl
			.document("query ($id: String) { changes(fact: $id, first: 1) { edges { node { action summary } } } }")
			.variable("id", id)
			.execute()
			.path("changes.edges[0].node.action")
			.entity(String.class)
			.isEqualTo("CORRECT_EVENT")
			.path("changes.edges[0].node.summary")
			.entity(String.class)
			.satisfies((summary) -> assertThat(summary).contains("headcount: 300 -> 260"));
	}

	@Test
	void aRetractedWaveIsHiddenButKeptWithWhoAndWhy() {
		recordOrganization("Tindra Games");
		recordSource("https://example.org/tindra");
		String id = recordWave(
				wave("Tindra Games", "2025-05-05", 40, "https://example.org/tindra", "Tindra Games lays off 40."));

		writer().document(
				"mutation ($id: ID!) { retract(id: $id, reason: \"The report named the wrong studio.\") { id actor } }")
			.variable("id", id)
			.execute()
			.path("retract.actor")
			.entity(String.class)
			.isEqualTo("tester");

		this.graphQl.document("{ organization(name: \"Tindra Games\") { timeline { edges { node { id } } } } }")
			.execute()
			.path("organization.timeline.edges")
			.entityList(Object.class)
			.hasSize(0);
		this.graphQl.document("query ($id: ID!) { event(id: $id) { id } }")
			.variable("id", id)
			.execute()
			.errors()
			.expect((error) -> "NOT_FOUND".equals(error.getExtensions().get("code")))
			.verify();
		this.graphQl.document("{ retractions(first: 100) { edges { node { id reason labels } } } }")
			.execute()
			.path("retractions.edges[*].node.id")
			.entityList(String.class)
			.contains(id);
		assertThat(count("MATCH (n:Retracted {id: $id})-[:REPORTED_IN]->() RETURN count(n)", id)).isOne();
	}

	/** Records a wave as a writer; returns its id. */
	private String recordWave(Map<String, Object> event) {
		return writer().document(RECORD_EVENT)
			.variable("event", event)
			.execute()
			.path("recordEvent.event.id")
			.entity(String.class)
			.get();
	}

	private void recordOrganization(String name) {
		writer().document("mutation ($name: String!) { recordOrganization(organization: {name: $name}) { id } }")
			.variable("name", name)
			.execute()
			.path("recordOrganization.id")
			.hasValue();
	}

	private void recordSource(String url) {
		writer().document("mutation ($url: String!) { recordSource(source: {url: $url}) { id url } }")
			.variable("url", url)
			.execute()
			.path("recordSource.id")
			.entity(String.class)
			.isEqualTo(sourceId(url));
	}

	private long graphSize() {
		return count("MATCH (n) WHERE NOT n:Change RETURN count(n)", "")
				+ count("MATCH ()-[r]->() WHERE NOT r:CHANGED RETURN count(r)", "");
	}

	private long count(String cypher, String id) {
		return this.neo4j.query(cypher).bind(id).to("id").fetchAs(Long.class).one().orElseThrow();
	}

}
