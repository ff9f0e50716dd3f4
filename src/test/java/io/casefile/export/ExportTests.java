package io.casefile.export;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.casefile.CasefileTest;
import io.casefile.CypherStatements;
import io.casefile.system.ErrorCode;
import org.apache.commons.csv.CSVRecord;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.OrderedList;
import org.commonmark.parser.Parser;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A journalist takes Amazon's timeline out of Casefile: into a spreadsheet, into
 * TimelineJS, into Gephi, under a story as a list of sources. Each file is read back with
 * a real reader of its format, and holds what the same filter answers in GraphQL.
 */
@CasefileTest
class ExportTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String BAVTO = "The company blames bureaucracy. The balance sheet tells a different story.";

	@Autowired
	WebTestClient web;

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	WebGraphQlHandler handler;

	@Test
	void amazonsTimelineInASpreadsheetHasARowPerEventAndCitation() throws Exception {
		List<CSVRecord> rows = csv("/export/events.csv?lane=organization:amazon");
		// The same events, in the same order, as the API's answer to the same filter.
		assertThat(new ArrayList<>(new LinkedHashSet<>(rows.stream().map((r) -> r.get("event_id")).toList())))
			.isEqualTo(apiEventIds("{organizations: [\"amazon\"]}", null));
		List<CSVRecord> waves = rows.stream().filter((r) -> r.get("kind").equals("LAYOFF_WAVE")).toList();
		assertThat(waves).extracting((r) -> r.get("headcount"))
			.containsExactly("14000", "14000", "14000", "16000", "16000", "16000");
		CSVRecord october = waves.get(0);
		assertThat(october.get("date_text")).isEqualTo("late October 2025");
		assertThat(october.get("date_precision")).isEqualTo("PART_OF_MONTH");
		assertThat(october.get("date_earliest")).isEqualTo("2025-10-21");
		assertThat(october.get("date_latest")).isEqualTo("2025-10-31");
		assertThat(october.get("organizations")).isEqualTo("Amazon");
		assertThat(october.get("citation_excerpt")).isEqualTo(
				"The cuts came in two waves: 14,000 in late October 2025, followed by another 16,000 announced in "
						+ "late January 2026.");
		assertThat(october.get("source_title")).isEqualTo(BAVTO);
		assertThat(october.get("source_author")).isEqualTo("Mike Bavto");
		assertThat(october.get("source_published")).isEqualTo("Feb 04, 2026");
		assertThat(october.get("known_since")).isEqualTo("2026-02-04");
		// Every row is cited.
		assertThat(rows).allSatisfy((row) -> assertThat(row.get("citation_excerpt")).isNotBlank());
		CSVRecord q3 = rows.stream()
			.filter((r) -> r.get("event_id").equals("amazon-results-q3-2025"))
			.findFirst()
			.orElseThrow();
		assertThat(q3.get("facts")).contains("free cash flow: a loss of $4.8 billion");
	}

	@Test
	void aTimelineJsFileOfAmazonsLayoffsFollowsItsDocumentedFormat() {
		JsonNode timeline = json("/export/timeline.json?lane=organization:amazon&kind=LAYOFF_WAVE");
		assertThat(TimelineJsFormat.problems(timeline)).isEmpty();
		JsonNode slides = timeline.get("events");
		assertThat(slides).extracting((s) -> s.get("text").get("headline").asString())
			.containsExactly("Amazon cuts 14,000 corporate jobs", "Amazon announces another 16,000 corporate job cuts");
		assertThat(slides).extracting((s) -> s.get("display_date").asString())
			.containsExactly("late October 2025", "late January 2026");
		assertThat(slides.get(1).get("start_date").toString())
			.isEqualTo("{\"year\":2026,\"month\":1,\"day\":21,\"display_date\":\"late January 2026\"}");
		assertThat(slides.get(0).get("text").get("text").asString()).contains("headcount: 14,000")
			.contains("by Mike Bavto")
			.contains("company&#39;s 30-year history");
	}

	@Test
	void gephiSeesAmazonJassyTheirEventsAndTheirSource() {
		String graphMl = body("/export/graph.graphml?lane=organization:amazon&lane=person:andy-jassy");
		GraphMlFile file = GraphMlFile.read(graphMl);
		DirectedPseudograph<String, DefaultEdge> graph = file.graph();
		Map<String, Map<String, String>> nodes = file.nodes();
		Map<DefaultEdge, Map<String, String>> edges = file.edges();

		String amazon = file.node("Organization", "Amazon");
		String jassy = file.node("Person", "Andy Jassy");
		String source = file.node("Source", BAVTO);
		assertThat(nodes.get(source).get("author")).isEqualTo("Mike Bavto");
		List<String> events = nodes.entrySet()
			.stream()
			.filter((n) -> "Event".equals(n.getValue().get("type")))
			.map(Map.Entry::getKey)
			.toList();
		assertThat(events)
			.hasSize(apiEventIds("{or: [{organizations: [\"amazon\"]}, {people: [\"andy-jassy\"]}]}", null).size());
		// Every event is cited to the article, and Jassy's statements are his.
		assertThat(events).allSatisfy((event) -> assertThat(graph.outgoingEdgesOf(event))
			.anySatisfy((edge) -> assertThat(graph.getEdgeTarget(edge)).isEqualTo(source)));
		assertThat(graph.incomingEdgesOf(jassy)).isNotEmpty()
			.allSatisfy((edge) -> assertThat(edges.get(edge).get("relation")).isIn("SAID_BY", "ISSUED_BY"));
		assertThat(graph.incomingEdgesOf(amazon)).extracting((edge) -> edges.get(edge).get("relation"))
			.contains("CONCERNS");
		assertThat(graph.incomingEdgesOf(source)).allSatisfy((edge) -> {
			assertThat(edges.get(edge).get("relation")).isEqualTo("CITED_IN");
			assertThat(edges.get(edge).get("excerpt")).isNotBlank();
			assertThat(edges.get(edge).get("known_since")).isEqualTo("2026-02-04");
		});
	}

	@Test
	void theListOfSourcesNamesEachSourceOnceWithWhatItSupports() {
		String markdown = body("/export/citations.md?lane=organization:amazon&kind=LAYOFF_WAVE");
		List<OrderedList> lists = new ArrayList<>();
		Parser.builder().build().parse(markdown).accept(new AbstractVisitor() {
			@Override
			public void visit(OrderedList list) {
				lists.add(list);
			}
		});
		assertThat(lists).hasSize(1);
		assertThat(count(lists.get(0))).isEqualTo(1);
		assertThat(markdown).contains("1 source behind 2 events")
			.contains("by Mike Bavto")
			.contains("late October 2025: Amazon cuts 14,000 corporate jobs: \u201CThe cuts came in two waves")
			.contains("(on record since 2026-02-04)");
	}

	@Test
	void asOfTheDayBeforeTheArticleNoneOfItsFactsAreExported() throws Exception {
		assertThat(csv("/export/events.csv?lane=organization:amazon&asOf=2026-02-03")).isEmpty();
		assertThat(csv("/export/events.csv?lane=organization:amazon&asOf=2026-02-04")).isNotEmpty();
		JsonNode before = json("/export/timeline.json?lane=organization:amazon&asOf=2026-02-03");
		assertThat(before.get("events")).isEmpty();
		assertThat(TimelineJsFormat.problems(before)).isEmpty();
	}

	@Test
	void anExportAsksABoundedNumberOfStatementsPerHundredEvents() {
		body("/export/events.csv");
		long before = CypherStatements.sent();
		body("/export/events.csv");
		// All events of the seed fit one page: the name lookups and the events, one round
		// trip each.
		assertThat(CypherStatements.sent() - before).isLessThanOrEqualTo(3);
	}

	@Test
	void aRefusedExportAnswersWithTheApisErrorAndCode() {
		refused("/export/events.csv?lane=organization:no-such-company", HttpStatus.NOT_FOUND, "NOT_FOUND",
				"no-such-company");
		refused("/export/events.csv?lane=company:amazon", HttpStatus.BAD_REQUEST, "INVALID_ARGUMENT",
				"organization:<id or name> or person:<id or name>");
		refused("/export/timeline.json?where={headcount", HttpStatus.BAD_REQUEST, "INVALID_ARGUMENT",
				"EventFilter written as a JSON object");
		refused("/export/graph.graphml?from=2026-02-30", HttpStatus.BAD_REQUEST, "GRAPHQL_VALIDATION_FAILED",
				"\"2026-02-30\" is not a Date");
		refused("/export/citations.md?kind=LAYOFFS", HttpStatus.BAD_REQUEST, "GRAPHQL_VALIDATION_FAILED",
				"No value found for name 'LAYOFFS'");
		refused("/export/events.csv?from=2026-03-01&to=2025-01-01", HttpStatus.BAD_REQUEST, "INVALID_ARGUMENT",
				"from (2026-03-01) is after to (2025-01-01)");
	}

	@Test
	void anExportLargerThanTheLimitIsRefusedWithHowToNarrowIt() {
		ExportedEvents small = new ExportedEvents(this.handler, 5, Duration.ofSeconds(20));
		assertThatExceptionOfType(ExportRefusedException.class)
			.isThrownBy(() -> small.of(new ExportView(List.of(), List.of(), null, null, null, null)))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.QUERY_TOO_EXPENSIVE))
			.withMessageContaining("more than 5 events")
			.withMessageContaining("narrow it");
	}

	private void refused(String uri, HttpStatus status, String code, String inMessage) {
		JsonNode body = JSON.readTree(this.web.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectBody()
			.returnResult()
			.getResponseBody());
		JsonNode error = body.get("errors").get(0);
		assertThat(error.get("message").asString()).as(uri).contains(inMessage);
		assertThat(error.get("extensions").get("code").asString()).as(uri).isEqualTo(code);
	}

	private List<String> apiEventIds(String where, String asOf) {
		return this.graphQl.document("{ events(where: %s, first: 100) { edges { node { id } } } }".formatted(where))
			.execute()
			.path("events.edges[*].node.id")
			.entityList(String.class)
			.get();
	}

	private static int count(OrderedList list) {
		int n = 0;
		for (var item = list.getFirstChild(); item != null; item = item.getNext()) {
			n++;
		}
		return n;
	}

	private List<CSVRecord> csv(String uri) throws Exception {
		return CsvFile.read(body(uri));
	}

	private JsonNode json(String uri) {
		return JSON.readTree(body(uri));
	}

	private String body(String uri) {
		byte[] body = this.web.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueMatches("Content-Disposition", "attachment; filename=\"casefile-.*\"")
			.expectBody()
			.returnResult()
			.getResponseBody();
		return new String(Objects.requireNonNull(body), StandardCharsets.UTF_8);
	}

}
