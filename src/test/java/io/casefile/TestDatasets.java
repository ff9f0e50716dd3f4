package io.casefile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import io.casefile.dataset.Dataset;
import io.casefile.dataset.DatasetImport;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a test dataset from {@code src/test/resources/datasets} into the shared graph;
 * writing it again changes nothing, so every test class that needs it may write it.
 */
public final class TestDatasets {

	private TestDatasets() {
	}

	public static void write(DatasetImport datasetImport, JsonMapper json, String name) {
		try (InputStream in = new ClassPathResource("datasets/" + name + ".json").getInputStream()) {
			datasetImport.write(json.readValue(in, Dataset.class));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
