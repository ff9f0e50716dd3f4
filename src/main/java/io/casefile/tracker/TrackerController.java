package io.casefile.tracker;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import graphql.GraphQLContext;
import io.casefile.recording.FileText;
import io.casefile.csv.FileSource;
import io.casefile.security.Writer;
import io.casefile.system.InvalidArgumentException;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * The GraphQL door of the tracker import; the command line is the other, in front of the
 * same engine.
 */
@Controller
class TrackerController {

	private final TrackerImport trackers;

	TrackerController(TrackerImport trackers) {
		this.trackers = trackers;
	}

	/** The schema's {@code TrackerColumnsInput}: which header holds each field. */
	record ColumnsInput(@Nullable String company, @Nullable String headcount, @Nullable String date,
			@Nullable String source, @Nullable String location, @Nullable String percentage, @Nullable String industry,
			@Nullable String country, @Nullable String dateAdded) {

		TrackerColumns columns() {
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
			return TrackerColumns.of(headers);
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
			@Argument @Nullable FileSource source, @Argument @Nullable LocalDate knownSince, GraphQLContext context) {
		Writer writer = Writer.of(context);
		if (name.isBlank()) {
			throw new InvalidArgumentException("Give the file a name: its citations record it as where they came from");
		}
		byte[] bytes = FileText.utf8(csv, "tracker");
		try {
			return this.trackers.write(name, () -> new ByteArrayInputStream(bytes),
					new TrackerImport.Options((columns != null) ? columns.columns() : TrackerColumns.USUAL_NAMES,
							(mode != null) ? mode : TrackerImport.Mode.ALL_OR_NOTHING, source, knownSince),
					writer.identity(), TrackerImport.Progress.NONE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
