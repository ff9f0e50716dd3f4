package io.casefile.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.casefile.CasefileTest;
import io.casefile.dataset.Dataset.CitationEntry;
import io.casefile.dataset.Dataset.EventEntry;
import io.casefile.dataset.Dataset.OrganizationEntry;
import io.casefile.recording.Problem;
import io.casefile.recording.RecordingRejectedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The seed ships every fact of the article, each cited with a sentence of it; loading it
 * again changes nothing; a dataset with a bad fact is refused whole.
 */
@CasefileTest
class SeedDatasetTests {

	private static final String ARTICLE = "seed/amazon-layoffs-ai-capex-2026-02-04.txt";

	/**
	 * Everything in the graph, as text: every label and property of every node and
	 * relationship.
	 */
	private static final String SNAPSHOT = """
			CALL () { MATCH (n) RETURN collect({labels: labels(n), properties: properties(n)}) AS nodes }
			CALL () { MATCH ()-[r]->() RETURN collect({type: type(r), properties: properties(r)}) AS relationships }
			RETURN nodes, relationships
			""";

	@Autowired
	DatasetImport datasetImport;

	@Autowired
	SeedDataset seed;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	JsonMapper json;

	@Test
	void everyExcerptIsWordForWordASentenceOfTheArticle() throws IOException {
		String article = new ClassPathResource(ARTICLE).getContentAsString(StandardCharsets.UTF_8);
		List<String> excerpts = new ArrayList<>();
		collectExcerpts(this.json.valueToTree(this.seed.read()), excerpts);
		assertThat(excerpts).hasSizeGreaterThan(30);
		assertThat(excerpts).allSatisfy((excerpt) -> assertThat(article).contains(excerpt));
	}

	@Test
	void everyEventOfTheSeedIsInTheGraphWithAtLeastOneCitation() {
		Dataset dataset = this.seed.read();
		List<String> uncited = List.copyOf(this.neo4j.query("""
				MATCH (f) WHERE (f:Event OR f:Figure OR f:Role OR f:Project) AND NOT (f)-[:REPORTED_IN]->(:Source)
				RETURN f.id""").fetchAs(String.class).all());
		assertThat(uncited).isEmpty();
		long events = this.neo4j.query("MATCH (e:Event) WHERE e.id IN $ids RETURN count(e)")
			.bind(dataset.events().stream().map(EventEntry::id).toList())
			.to("ids")
			.fetchAs(Long.class)
			.one()
			.orElseThrow();
		assertThat(events).isEqualTo(dataset.events().size());
	}

	@Test
	void writingTheSeedAgainChangesNothing() {
		Map<String, Object> before = snapshot();
		ImportSummary summary = this.datasetImport.write(this.seed.read());
		assertThat(summary.nodesCreated()).isZero();
		assertThat(summary.relationshipsCreated()).isZero();
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void aFactWithoutACitationRejectsTheWholeDatasetAndWritesNothing() {
		Map<String, Object> before = snapshot();
		Dataset dataset = new Dataset(Dataset.FORMAT, "test:uncited", List.of(),
				List.of(new OrganizationEntry("acme", "Acme", List.of(), "COMPANY")), List.of(), List.of(), List.of(),
				List.of(layoffs("acme-layoffs", "acme", "2025", 100, List.of())));
		assertThatExceptionOfType(RecordingRejectedException.class).isThrownBy(() -> this.datasetImport.write(dataset))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(Problem::toString)
				.containsExactly(
						"events[0] (acme-layoffs) citations: no citation; every fact needs a source and the excerpt that says it"));
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void everyProblemOfADatasetIsReportedWithItsPlace() {
		Map<String, Object> before = snapshot();
		CitationEntry unknownSource = new CitationEntry("no-such-source", "It happened.");
		Dataset dataset = new Dataset(Dataset.FORMAT, "test:bad", List.of(),
				List.of(new OrganizationEntry("acme", "Acme", List.of("Amazon.com"), "COMPANY")), List.of(), List.of(),
				List.of(), List.of(layoffs("acme-layoffs", "acme", "someday in 2025", -5, List.of(unknownSource))));
		assertThatExceptionOfType(RecordingRejectedException.class).isThrownBy(() -> this.datasetImport.write(dataset))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(Problem::toString)
				.anySatisfy((p) -> assertThat(p)
					.startsWith("events[0] (acme-layoffs) date: \"someday in 2025\" is not a date"))
				.anySatisfy((p) -> assertThat(p).isEqualTo("events[0] (acme-layoffs) headcount \"-5\": it is negative"))
				.anySatisfy((p) -> assertThat(p).contains("source \"no-such-source\": no source with this id")));
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void aNameThatAlreadyNamesAnotherOrganizationIsRefused() {
		Map<String, Object> before = snapshot();
		Dataset dataset = new Dataset(Dataset.FORMAT, "test:names", List.of(),
				List.of(new OrganizationEntry("acme", "Acme", List.of("AMAZON.COM"), "COMPANY")), List.of(), List.of(),
				List.of(), List.of());
		assertThatExceptionOfType(RecordingRejectedException.class).isThrownBy(() -> this.datasetImport.write(dataset))
			.satisfies((ex) -> assertThat(ex.problems()).singleElement()
				.asString()
				.contains("amazon.com")
				.contains("already names another organization, \"amazon\""));
		assertThat(snapshot()).isEqualTo(before);
	}

	private static EventEntry layoffs(String id, String organization, String date, int headcount,
			List<CitationEntry> citations) {
		return new EventEntry(id, "LAYOFF_WAVE", List.of(organization), "Layoffs", null, date, (long) headcount,
				"corporate", null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, citations);
	}

	private Map<String, Object> snapshot() {
		Map<String, Object> row = this.neo4j.query(SNAPSHOT).fetch().one().orElseThrow();
		Map<String, Object> sorted = new java.util.HashMap<>();
		// Maps print their entries in no fixed order: compare each entry's text in sorted
		// order.
		row.forEach((key, value) -> sorted.put(key,
				((List<?>) value).stream().map(SeedDatasetTests::text).sorted().toList()));
		return sorted;
	}

	private static String text(Object value) {
		if (value instanceof Map<?, ?> map) {
			return map.entrySet()
				.stream()
				.map((e) -> e.getKey() + "=" + text(e.getValue()))
				.sorted()
				.toList()
				.toString();
		}
		return String.valueOf(value);
	}

	private static void collectExcerpts(tools.jackson.databind.JsonNode node, List<String> excerpts) {
		if (node.isObject()) {
			node.properties().forEach((field) -> {
				if (field.getKey().equals("excerpt")) {
					excerpts.add(field.getValue().asString());
				}
				else {
					collectExcerpts(field.getValue(), excerpts);
				}
			});
		}
		else if (node.isArray()) {
			node.forEach((child) -> collectExcerpts(child, excerpts));
		}
	}

}
