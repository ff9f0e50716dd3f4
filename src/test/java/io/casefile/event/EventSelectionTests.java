package io.casefile.event;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a request selects of a page of events decides what the Cypher reads: the linked
 * lists asked for, and every property of the events and their sources only when a field
 * beyond what a list shows (id, kind, title, date; a source's title) is asked for.
 */
class EventSelectionTests {

	private static final String NODE = "edges/node/";

	/** The timeline page of the benchmark: what, when, and where from. */
	private static final List<String> TIMELINE_PAGE = List.of("edges", "edges/node", "edges/node/id",
			"edges/node/title", "edges/node/date", "edges/node/date/text", "edges/node/date/earliest",
			"edges/node/citations", "edges/node/citations/excerpt", "edges/node/citations/source",
			"edges/node/citations/source/title");

	@Test
	void aTimelinePageOfTitlesDatesAndExcerptsReadsOnlyWhatAListShows() {
		assertThat(EventSelection.of(selected(), NODE))
			.isEqualTo(new EventSelection(false, true, false, false, false, false, false));
	}

	@Test
	void aSummaryOrAFieldOfOneKindReadsEveryPropertyOfTheEvents() {
		assertThat(EventSelection.of(selected("edges/node/summary"), NODE).properties()).isTrue();
		// `... on LayoffWave { headcount }`
		assertThat(EventSelection.of(selected("edges/node/headcount"), NODE).properties()).isTrue();
		assertThat(EventSelection.of(selected("edges/node/headcount"), NODE).sourceProperties()).isFalse();
	}

	@Test
	void fieldsFurtherDownAreNotTheEventsOwn() {
		EventSelection organizations = EventSelection.of(
				selected("edges/node/organizations", "edges/node/organizations/name", "edges/node/citations/via"),
				NODE);
		assertThat(organizations.organizations()).isTrue();
		assertThat(organizations.properties()).isFalse();
		assertThat(organizations.sourceProperties()).isFalse();
	}

	@Test
	void aSourcesAddressReadsEveryPropertyOfTheSourcesOnly() {
		EventSelection read = EventSelection.of(selected("edges/node/citations/source/url"), NODE);
		assertThat(read.sourceProperties()).isTrue();
		assertThat(read.properties()).isFalse();
	}

	@Test
	void theProjectionOfAListReadsNamedPropertiesAndEverythingReadsThemAll() {
		String list = EventQueries.projection(EventSelection.of(selected(), NODE));
		assertThat(list).startsWith("e {\n  .id, .kind, .title, .sortKey, .datePrecision")
			.contains("source: citedSource {.id, .title}")
			.doesNotContain("source: citedSource {.*}");
		assertThat(EventQueries.projection(EventSelection.ALL)).startsWith("e {\n  .*,")
			.contains("source: citedSource {.*, author:");
	}

	/** The timeline page's fields, and more. */
	private static Set<String> selected(String... more) {
		Set<String> fields = new HashSet<>(TIMELINE_PAGE);
		fields.addAll(List.of(more));
		return fields;
	}

}
