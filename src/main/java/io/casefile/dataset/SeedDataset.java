package io.casefile.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import io.casefile.system.SchemaMigrations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the article the project started from into a graph that has never had it, so that
 * a newcomer's first query tells its story. It runs once per database: later starts find
 * the dataset recorded and leave the graph, and any corrections made to it since, alone.
 */
@Component
class SeedDataset implements InitializingBean {

	static final String RESOURCE = "seed/amazon-layoffs-ai-capex-2026-02-04.json";

	private static final Logger log = LoggerFactory.getLogger(SeedDataset.class);

	private final DatasetImport datasetImport;

	private final JsonMapper json;

	// Depends on the migrations so that constraints exist before the first write.
	SeedDataset(DatasetImport datasetImport, JsonMapper json, SchemaMigrations migrations) {
		this.datasetImport = datasetImport;
		this.json = json;
	}

	@Override
	public void afterPropertiesSet() {
		Dataset seed = read();
		if (this.datasetImport.isWritten(seed.dataset())) {
			return;
		}
		ImportSummary summary = this.datasetImport.write(seed);
		log.info("Loaded the seed dataset {}: {} facts, {} nodes and {} relationships created", summary.dataset(),
				summary.facts(), summary.nodesCreated(), summary.relationshipsCreated());
	}

	Dataset read() {
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			return this.json.readerFor(Dataset.class)
				.with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.readValue(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
