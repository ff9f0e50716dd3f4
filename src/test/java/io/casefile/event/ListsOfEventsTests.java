package io.casefile.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.casefile.CasefileTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A list of events that shows what, when and where from reads only those properties of
 * the events and their sources; it shows them as a list that asks for more does, for
 * every kind of event.
 */
@CasefileTest
class ListsOfEventsTests {

	/**
	 * What, when and where from: what a list shows ({@link EventSelection#LIST_FIELDS}).
	 */
	private static final String WHAT_WHEN_WHERE_FROM = """
			__typename id kind title date { text precision part earliest latest known }
			organizations { name }
			citations { excerpt knownSince recordedAt via source { id title } }""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void everyEventOfEveryTimelineShowsTheSameInAListAsWhenMoreIsAsked() {
		// More of the event (its summary) and of its sources (their address): every
		// property is read.
		List<Map<String, Object>> more = timelines("summary citations { source { url } }");
		List<Map<String, Object>> list = timelines("");
		assertThat(list).hasSameSizeAs(more).hasSizeGreaterThan(20);
		assertThat(list).isEqualTo(more.stream().map(ListsOfEventsTests::withoutSummaryAndAddresses).toList());
		// The kinds whose records need more than the list's fields.
		assertThat(list.stream().map((event) -> event.get("kind"))).contains("LAYOFF_WAVE", "STATEMENT", "CAPEX",
				"FINANCIAL_RESULT");
	}

	/** Every event on the first page of every organization's timeline. */
	private List<Map<String, Object>> timelines(String more) {
		List<Map<String, Object>> events = new ArrayList<>();
		this.graphQl
			.document("{ organizations(first: 100) { edges { node { timeline(first: 100) { edges { node { "
					+ WHAT_WHEN_WHERE_FROM + " " + more + " } } } } } } }")
			.execute()
			.path("organizations.edges[*].node.timeline.edges[*].node")
			.entityList(Map.class)
			.get()
			.forEach((event) -> events.add(cast(event)));
		return events;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> withoutSummaryAndAddresses(Map<String, Object> event) {
		Map<String, Object> shown = new HashMap<>(event);
		shown.remove("summary");
		shown.put("citations", ((List<Map<String, Object>>) event.get("citations")).stream().map((citation) -> {
			Map<String, Object> copy = new HashMap<>(citation);
			Map<String, Object> source = new HashMap<>((Map<String, Object>) citation.get("source"));
			source.remove("url");
			copy.put("source", source);
			return copy;
		}).toList());
		return shown;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> cast(Map<?, ?> event) {
		return (Map<String, Object>) event;
	}

}
