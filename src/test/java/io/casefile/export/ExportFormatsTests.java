package io.casefile.export;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The export formats on hostile and awkward events, each file read back by a real reader
 * of its format: what a spreadsheet, TimelineJS, Gephi or a Markdown viewer would make of
 * text a source or a malicious import put in the graph.
 */
class ExportFormatsTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final ExportView VIEW = new ExportView(List.of("organization:acme"), List.of(), null, null, null,
			null);

	/**
	 * An event with the title, excerpt and source address a hostile import could give.
	 */
	private static final ExportedEvent HOSTILE = event("""
			{"id": "acme-1", "kind": "LAYOFF_WAVE", "title": "=HYPERLINK(\\"http://evil.example\\",\\"click\\")",
			 "summary": "+1 555 0100 <script>alert(1)</script> [x](javascript:alert(1))",
			 "date": {"text": "late October 2025", "precision": "PART_OF_MONTH", "earliest": "2025-10-21",
			          "latest": "2025-10-31"},
			 "organizations": [{"id": "acme", "name": "@Acme & Sons"}],
			 "headcount": 1200, "amount": {"value": -4800000000, "currency": "USD", "text": "-$4.8 billion"},
			 "citations": [{"excerpt": "-2+3 said \\"the *board*\\"\\u0001", "knownSince": "2025-11-02",
			                "source": {"id": "s1", "title": "[Evil](javascript:alert(1)) <b>news</b>",
			                           "url": "javascript:alert(1)", "publishedOn": {"precision": "UNKNOWN"}}},
			               {"excerpt": "Acme cut 1,200 jobs.",
			                "source": {"id": "s2", "title": "Acme cuts", "publisher": "The Ledger",
			                           "url": "https://ledger.example/acme?a=1&b=2",
			                           "publishedOn": {"text": "2 November 2025", "precision": "DAY",
			                                           "earliest": "2025-11-02", "latest": "2025-11-02"}}}]}
			""");

	private static final ExportedEvent QUARTER = event("""
			{"id": "acme-q3", "kind": "FINANCIAL_RESULT", "title": "Acme's Q3 2025",
			 "date": {"text": "Q3 2025", "precision": "QUARTER", "earliest": "2025-07-01", "latest": "2025-09-30"},
			 "period": "Q3 2025", "figures": [{"metric": "FREE_CASH_FLOW", "value": -4.8E9, "unit": "USD"}],
			 "citations": []}
			""");

	private static final ExportedEvent MONTH = event("""
			{"id": "acme-memo", "kind": "STATEMENT", "title": "Memo", "quote": "fewer people",
			 "speaker": {"type": "Person", "id": "jo", "name": "Jo Doe"},
			 "date": {"text": "June 2025", "precision": "MONTH", "earliest": "2025-06-01", "latest": "2025-06-30"},
			 "citations": []}
			""");

	private static final ExportedEvent UNDATED = event("""
			{"id": "acme-undated", "kind": "POLICY", "title": "A policy no source dates",
			 "date": {"precision": "UNKNOWN"}, "issuedBy": {"id": "jo", "name": "Jo Doe"}, "citations": []}
			""");

	@Test
	void aSpreadsheetShowsFormulasAsTextAndKeepsNumbersNumbers() throws Exception {
		StringWriter out = new StringWriter();
		CsvExport.write(List.of(HOSTILE, QUARTER), out);
		List<CSVRecord> rows = CsvFile.read(out.toString());
		// One row per event and citation; an event without a citation still has its row.
		assertThat(rows).extracting((r) -> r.get("event_id")).containsExactly("acme-1", "acme-1", "acme-q3");
		CSVRecord first = rows.get(0);
		assertThat(first.get("title")).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"click\")");
		assertThat(first.get("summary")).startsWith("'+1 555");
		assertThat(first.get("organizations")).isEqualTo("'@Acme & Sons");
		assertThat(first.get("citation_excerpt")).startsWith("'-2+3");
		assertThat(first.get("amount_text")).isEqualTo("'-$4.8 billion");
		assertThat(first.get("amount")).isEqualTo("-4800000000");
		assertThat(first.get("headcount")).isEqualTo("1200");
		assertThat(first.get("date_text")).isEqualTo("late October 2025");
		assertThat(first.get("date_precision")).isEqualTo("PART_OF_MONTH");
		assertThat(first.get("date_earliest")).isEqualTo("2025-10-21");
		assertThat(first.get("date_latest")).isEqualTo("2025-10-31");
		assertThat(first.get("known_since")).isEqualTo("2025-11-02");
		assertThat(rows.get(1).get("source_url")).isEqualTo("https://ledger.example/acme?a=1&b=2");
		assertThat(rows.get(2).get("facts")).isEqualTo("period: Q3 2025; free cash flow: -4800000000 USD");
		// No cell of any row starts a formula.
		rows.forEach((row) -> row.stream()
			.forEach((cell) -> assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@")));
	}

	@Test
	void timelineJsGetsTheDocumentedFieldsBoundsByPrecisionAndEscapedText() {
		JsonNode timeline = JSON.valueToTree(
				TimelineJsExport.of(List.of(MONTH, HOSTILE, QUARTER, UNDATED), VIEW, LocalDate.of(2026, 11, 29)));
		assertThat(TimelineJsFormat.problems(timeline)).isEmpty();
		JsonNode slides = timeline.get("events");
		assertThat(slides).hasSize(3);
		// A month is its own unit; late October and a quarter run from their first day to
		// their last.
		assertThat(slides.get(0).get("start_date").toString())
			.isEqualTo("{\"year\":2025,\"month\":6,\"display_date\":\"June 2025\"}");
		assertThat(slides.get(0).has("end_date")).isFalse();
		assertThat(slides.get(1).get("start_date").get("day").asInt()).isEqualTo(21);
		assertThat(slides.get(1).get("end_date").get("day").asInt()).isEqualTo(31);
		assertThat(slides.get(2).get("end_date").toString()).isEqualTo("{\"year\":2025,\"month\":9,\"day\":30}");
		// The undated policy has no place on the axis, and the title says so.
		assertThat(timeline.get("title").get("text").get("text").asString()).contains("1 undated event is left out");
		String hostile = slides.get(1).get("text").get("text").asString();
		assertThat(hostile).doesNotContain("<script>")
			.contains("&lt;script&gt;")
			.doesNotContain("href=\"javascript")
			.contains("<a href=\"https://ledger.example/acme?a=1&amp;b=2\">Acme cuts</a>");
		assertThat(slides.get(1).get("text").get("headline").asString()).startsWith("=HYPERLINK(&quot;");
	}

	@Test
	void gephiReadsTheGraphWithItsNodesLinksAndExcerpts() {
		StringWriter out = new StringWriter();
		GraphMlExport.write(List.of(HOSTILE, MONTH, UNDATED), VIEW, out);
		GraphMlFile file = GraphMlFile.read(out.toString());
		Map<String, Map<String, String>> nodes = file.nodes();
		Map<DefaultEdge, Map<String, String>> edges = file.edges();

		assertThat(file.graph().vertexSet()).hasSize(7);
		assertThat(nodes.values()).extracting((n) -> n.get("type"))
			.containsOnly("Event", "Organization", "Person", "Source");
		assertThat(nodes.values()).extracting((n) -> n.get("label"))
			.contains("@Acme & Sons", "Jo Doe", "A policy no source dates");
		List<String> relations = new ArrayList<>(edges.values().stream().map((e) -> e.get("relation")).toList());
		assertThat(relations).containsExactlyInAnyOrder("CONCERNS", "CITED_IN", "CITED_IN", "SAID_BY", "ISSUED_BY");
		// The control character a hostile excerpt carried is dropped; XML 1.0 cannot hold
		// it.
		assertThat(edges.values()).extracting((e) -> e.get("excerpt")).contains("-2+3 said \"the *board*\"");
		assertThat(nodes.values()).filteredOn((n) -> "Event".equals(n.get("type")))
			.extracting((n) -> n.get("headcount"))
			.contains("1200");
	}

	@Test
	void markdownShowsHostileTitlesAsTextAndLinksOnlyWebSources() {
		StringWriter out = new StringWriter();
		CitationListExport.write(List.of(HOSTILE), VIEW, LocalDate.of(2026, 11, 29), out);
		Node document = Parser.builder().build().parse(out.toString());
		List<String> links = new ArrayList<>();
		List<String> html = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Link link) {
				links.add(link.getDestination());
				visitChildren(link);
			}

			@Override
			public void visit(HtmlInline inline) {
				html.add(inline.getLiteral());
			}

			@Override
			public void visit(Text node) {
				text.append(node.getLiteral()).append('\n');
			}
		});
		assertThat(links).containsExactly("https://ledger.example/acme?a=1&b=2");
		assertThat(html).isEmpty();
		// The hostile title reads as written, brackets and all.
		assertThat(text.toString()).contains("[Evil](javascript:alert(1)) <b>news</b>")
			.contains("Acme cuts")
			.contains("2 sources behind 1 event");
	}

	@Test
	void markdownEscapesWhatWouldOpenABlock() {
		assertThat(CitationListExport.escape("2025. A year")).isEqualTo("2025\\. A year");
		assertThat(CitationListExport.escape("# not a heading")).isEqualTo("\\# not a heading");
		assertThat(CitationListExport.escape("- not a list")).isEqualTo("\\- not a list");
		assertThat(CitationListExport.escape("Q3 2025: free cash flow -$4.8 billion"))
			.isEqualTo("Q3 2025: free cash flow -$4.8 billion");
	}

	@Test
	void onlyWebAddressesAreLinks() {
		assertThat(Links.isWeb("https://example.com/a")).isTrue();
		assertThat(Links.isWeb("HTTP://example.com")).isTrue();
		assertThat(Links.isWeb("javascript:alert(1)")).isFalse();
		assertThat(Links.isWeb("data:text/html,<b>x</b>")).isFalse();
		assertThat(Links.isWeb("//example.com/no-scheme")).isFalse();
		assertThat(Links.isWeb("https://exa mple.com")).isFalse();
		assertThat(Links.isWeb(null)).isFalse();
	}

	private static ExportedEvent event(String json) {
		return JSON.readValue(json, ExportedEvent.class);
	}

}
