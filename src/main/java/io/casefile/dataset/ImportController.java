package io.casefile.dataset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import graphql.GraphQLContext;
import io.casefile.dataset.LayoffTracker.Columns;
import io.casefile.security.Writer;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;
import tools.jackson.databind.json.JsonMapper;

/**
 * The GraphQL door of the bulk import; the command line ({@link ImportCommand}) is the
 * other, in front of the same engine.
 */
@Controller
class ImportController {

	private final TrackerImport trackers;

	private final DatasetImport datasets;

	private final JsonMapper json;

	ImportController(TrackerImport trackers, DatasetImport datasets, JsonMapper json) {
		this.trackers = trackers;
		this.datasets = datasets;
		this.json = json;
	}

	/** The schema's {@code TrackerColumnsInput}: which header holds each field. */
	record ColumnsInput(@Nullable String company, @Nullable String headcount, @Nullable String date,
			@Nullable String source, @Nullable String location, @Nullable String percentage, @Nullable String industry,
			@Nullable String country, @Nullable String dateAdded) {

		Columns columns() {
			Map<String, String> headers = new HashMap<>();
			put(headers, "company", this.company);
			put(headers, "headcount", this.headcount);
			put(headers, "date", this.date);
			put(headers, "source", this.source);
			put(headers, "location", this.location);
			put(headers, "percentage", this.percentage);
			put(headers, "industry", this.industry);
			put(headers, "country", this.country);
			put(headers, "dateAdded", this.dateAdded);
			return Columns.mapping(headers);
		}

		private static void put(Map<String, String> headers, String field, @Nullable String header) {
			if (header != null) {
				headers.put(field, header);
			}
		}

	}

	@MutationMapping
	ImportReport importLayoffTracker(@Argument String name, @Argument String csv,
			@Argument TrackerImport.@Nullable Mode mode, @Argument @Nullable ColumnsInput columns,
			GraphQLContext context) {
		Writer writer = Writer.of(context);
		try {
			return this.trackers.write(name, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
					(columns != null) ? columns.columns() : Columns.LAYOFFS_TRACKER,
					(mode != null) ? mode : TrackerImport.Mode.ALL_OR_NOTHING, writer.identity(),
					TrackerImport.Progress.NONE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@MutationMapping
	ImportSummary importDataset(@Argument String content, @Argument DatasetFiles.@Nullable Format format,
			GraphQLContext context) {
		Writer writer = Writer.of(context);
		Dataset dataset = DatasetFiles.read(this.json, content, (format != null) ? format : DatasetFiles.Format.JSON);
		return this.datasets.write(dataset, writer.identity());
	}

}
