package io.casefile.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.casefile.CasefileTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writers that upsert the same facts at the same time leave exactly one of each: ids are
 * unique per label and every write is a MERGE.
 */
@CasefileTest
class ParallelWritesTests {

	@Autowired
	DatasetImport datasetImport;

	@Autowired
	JsonMapper json;

	@Autowired
	Neo4jClient neo4j;

	@Test
	void eightWritersOfTheSameDatasetLeaveOneOfEachFact() throws Exception {
		Dataset dataset = read("datasets/parallel-writers.json");
		List<Callable<ImportSummary>> writers = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			writers.add(() -> this.datasetImport.write(dataset));
		}
		List<ImportSummary> summaries = new ArrayList<>();
		try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
			for (Future<ImportSummary> written : threads.invokeAll(writers)) {
				summaries.add(written.get());
			}
		}
		assertThat(summaries).hasSize(8);
		assertThat(count("MATCH (e:Event) WHERE e.id STARTS WITH 'parallel-' RETURN count(e)")).isEqualTo(20);
		assertThat(count("MATCH (o:Organization {id: 'parallel-co'}) RETURN count(o)")).isEqualTo(1);
		assertThat(count("MATCH (:OrganizationName {key: 'parallel co'}) RETURN count(*)")).isEqualTo(1);
		assertThat(count("MATCH (e:Event)-[r:REPORTED_IN]->() WHERE e.id STARTS WITH 'parallel-' RETURN count(r)"))
			.isEqualTo(20);
		assertThat(count("MATCH (e:Event)-[r:CONCERNS]->() WHERE e.id STARTS WITH 'parallel-' RETURN count(r)"))
			.isEqualTo(20);
		// Between them, the writers created each node once.
		assertThat(summaries.stream().mapToInt(ImportSummary::nodesCreated).sum()).isEqualTo(20 + 1 + 1 + 1 + 1);
	}

	private Dataset read(String resource) throws IOException {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return this.json.readValue(in, Dataset.class);
		}
	}

	private long count(String cypher) {
		return this.neo4j.query(cypher).fetchAs(Long.class).one().orElseThrow();
	}

}
