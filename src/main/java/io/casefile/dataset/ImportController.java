package io.casefile.dataset;

import graphql.GraphQLContext;
import io.casefile.security.Writer;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;
import tools.jackson.databind.json.JsonMapper;

/**
 * The GraphQL door of the dataset import; the command line is the other.
 */
@Controller
class ImportController {

	private final DatasetImport datasets;

	private final JsonMapper json;

	ImportController(DatasetImport datasets, JsonMapper json) {
		this.datasets = datasets;
		this.json = json;
	}

	@MutationMapping
	ImportSummary importDataset(@Argument String content, @Argument DatasetFiles.@Nullable Format format,
			GraphQLContext context) {
		Writer writer = Writer.of(context);
		Dataset dataset = DatasetFiles.read(this.json, content, (format != null) ? format : DatasetFiles.Format.JSON);
		return this.datasets.write(dataset, writer.identity());
	}

}
