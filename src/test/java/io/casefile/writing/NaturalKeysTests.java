package io.casefile.writing;

import java.util.List;
import java.util.Map;

import io.casefile.WritingTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One natural key for every door: a fact recorded through a mutation after it came by
 * file is another claim about the same event, never a second event; and two sources that
 * give one amount in other words ("$83 billion", 82,999,000,000) agree, while two that
 * give amounts that cannot be the same dispute it.
 */
@WritingTest
class NaturalKeysTests {

	static final String RECORD_EVENT = """
			mutation ($event: EventInput!, $sources: [SourceInput!]) {
			  recordEvent(event: $event, sources: $sources) { outcome event { id } }
			}""";

	static final String CAPEX_DATASET = """
			{"format": "casefile/1", "dataset": "natural-keys:capex-2025",
			 "sources": [{"id": "annual-report-2025", "title": "Amazon 2025 annual report", "publishedOn": "2026-02-06",
			              "url": "https://example.org/amazon-2025-annual-report"}],
			 "events": [{"id": "amazon-capex-2025-actual", "kind": "CAPEX", "organizations": ["amazon"],
			             "title": "Amazon's 2025 capital expenditure: $131.8 billion", "date": "2025", "fiscalYear": 2025,
			             "basis": "ACTUAL", "amount": {"value": 131819000000, "text": "$131.8 billion"},
			             "citations": [{"source": "annual-report-2025",
			                            "excerpt": "Capital expenditures were $131.8 billion in 2025."}]}]}""";

	@Autowired
	HttpGraphQlTester graphQl;

	HttpGraphQlTester writer() {
		return this.graphQl.mutate().header("Authorization", "Bearer " + WritingTest.TOKEN).build();
	}

	@Test
	void aCapexActualRecordedByAMutationAfterItCameByFileIsAClaimNotASecondEvent() {
		writer().document("mutation ($content: String!) { importDataset(content: $content) { facts } }")
			.variable("content", CAPEX_DATASET)
			.execute()
			.errors()
			.verify();
		Map<String, Object> written = record(capex("Amazon.com Inc", 2025, 131_819_000_000L, null,
				"https://example.org/amazon-10-k-2025", "Purchases of property and equipment: 131,819 million."));
		assertThat(written).containsEntry("outcome", "CLAIM_ADDED");
		assertThat(((Map<?, ?>) written.get("event")).get("id")).isEqualTo("amazon-capex-2025-actual");
		// The same again is nothing new.
		assertThat(record(capex("Amazon.com Inc", 2025, 131_819_000_000L, null, "https://example.org/amazon-10-k-2025",
				"Purchases of property and equipment: 131,819 million.")))
			.containsEntry("outcome", "UNCHANGED");
	}

	@Test
	void theArticles83BillionAndAFilings82999000000AreOneFigureInAgreement() {
		Map<String, Object> written = record(capex("Amazon", 2024, 82_999_000_000L, null,
				"https://example.org/amazon-10-k-2024", "Purchases of property and equipment: 82,999 million."));
		assertThat(written).containsEntry("outcome", "CLAIM_ADDED");
		assertThat(((Map<?, ?>) written.get("event")).get("id")).isEqualTo("amazon-capex-2024");
		assertThat(disputedIds("Amazon")).doesNotContain("amazon-capex-2024");
	}

	@Test
	void twoAmountsThatCannotBeTheSameAreADispute() {
		writer().document("mutation { recordOrganization(organization: {name: \"Brattli Cloud\"}) { id } }")
			.execute()
			.errors()
			.verify();
		String first = (String) ((Map<?, ?>) record(capex("Brattli Cloud", 2024, 83_000_000_000L, "$83 billion",
				"https://example.org/brattli-1", "Brattli Cloud spent $83 billion in 2024."))
			.get("event")).get("id");
		Map<String, Object> second = record(capex("Brattli Cloud", 2024, 85_000_000_000L, "$85 billion",
				"https://example.org/brattli-2", "Brattli Cloud's 2024 capital spending came to $85 billion."));
		assertThat(second).containsEntry("outcome", "CLAIM_ADDED");
		List<Map<String, Object>> disputes = this.graphQl.document("""
				{ disputes(organization: "Brattli Cloud") { edges { node { event { id } about
				  claims { amount { exact text } } } } } }""")
			.execute()
			.path("disputes.edges[*].node")
			.entity(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.get();
		assertThat(disputes).singleElement().satisfies((dispute) -> {
			assertThat(((Map<?, ?>) dispute.get("event")).get("id")).isEqualTo(first);
			assertThat(dispute.get("about")).isEqualTo(List.of("AMOUNT"));
			List<Object> texts = ((List<?>) dispute.get("claims")).stream()
				.<Object>map((c) -> ((Map<?, ?>) ((Map<?, ?>) c).get("amount")).get("text"))
				.toList();
			assertThat(texts).containsExactlyInAnyOrder("$83 billion", "$85 billion");
		});
	}

	private Map<String, Object> record(Map<String, Object> event) {
		String url = (String) ((Map<?, ?>) ((List<?>) event.get("citations")).getFirst()).get("source");
		return writer().document(RECORD_EVENT)
			.variable("event", event)
			.variable("sources", List.of(Map.of("url", url, "title", "A filing")))
			.execute()
			.path("recordEvent")
			.entity(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	private List<String> disputedIds(String organization) {
		return this.graphQl
			.document("query ($o: String) { disputes(organization: $o) { edges { node { event { id } } } } }")
			.variable("o", organization)
			.execute()
			.path("disputes.edges[*].node.event.id")
			.entityList(String.class)
			.get();
	}

	private static Map<String, Object> capex(String organization, int year, long amount, String text, String url,
			String excerpt) {
		Map<String, Object> value = new java.util.HashMap<>();
		value.put("value", amount);
		if (text != null) {
			value.put("text", text);
		}
		return Map.of("kind", "CAPEX", "organizations", List.of(organization), "title",
				organization + " capital expenditure " + year, "date", String.valueOf(year), "fiscalYear", year,
				"basis", "ACTUAL", "amount", value, "citations", List.of(Map.of("source", url, "excerpt", excerpt)));
	}

}
