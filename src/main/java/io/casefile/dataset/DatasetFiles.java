package io.casefile.dataset;

import java.util.ArrayList;
import java.util.List;

import io.casefile.recording.Problem;
import io.casefile.recording.RecordingRejectedException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads Casefile's own dataset format, as one JSON document (the seed's shape) or as
 * NDJSON: a first line {@code {"format": "casefile/1", "dataset": "name"}}, then one
 * entry per line, each under the key of its kind ({@code {"source": {...}}},
 * {@code {"organization": ...}}, {@code person}, {@code role}, {@code project},
 * {@code event}). A line that does not read is reported with its number.
 */
public final class DatasetFiles {

	/** The two shapes of the format. */
	public enum Format {

		JSON, NDJSON

	}

	private DatasetFiles() {
	}

	/** One NDJSON line: exactly one of its fields is set. */
	record Line(@Nullable String format, @Nullable String dataset, Dataset.@Nullable SourceEntry source,
			Dataset.@Nullable OrganizationEntry organization, Dataset.@Nullable PersonEntry person,
			Dataset.@Nullable RoleEntry role, Dataset.@Nullable ProjectEntry project,
			Dataset.@Nullable EventEntry event) {
	}

	/**
	 * Reads a dataset.
	 * @throws RecordingRejectedException naming every line or field that does not read
	 */
	public static Dataset read(JsonMapper json, String content, Format format) {
		var reader = json.rebuild().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		if (format == Format.JSON) {
			try {
				Dataset dataset = reader.readValue(content, Dataset.class);
				if (dataset == null) {
					throw rejected(List.of(Problem.at("the file", null, null, "the file is empty")));
				}
				requireFormat(dataset.format(), 0);
				return dataset;
			}
			catch (JacksonException ex) {
				throw rejected(List.of(JsonProblems.of(ex, 0)));
			}
		}
		List<Problem> problems = new ArrayList<>();
		List<Dataset.SourceEntry> sources = new ArrayList<>();
		List<Dataset.OrganizationEntry> organizations = new ArrayList<>();
		List<Dataset.PersonEntry> people = new ArrayList<>();
		List<Dataset.RoleEntry> roles = new ArrayList<>();
		List<Dataset.ProjectEntry> projects = new ArrayList<>();
		List<Dataset.EventEntry> events = new ArrayList<>();
		String name = null;
		String[] lines = content.split("\r?\n");
		for (int i = 0; i < lines.length; i++) {
			String text = lines[i].strip();
			if (text.isEmpty()) {
				continue;
			}
			try {
				Line line = reader.readValue(text, Line.class);
				if (name == null) {
					if (line.dataset() == null) {
						problems.add(Problem.atLine(i + 1, "dataset", null,
								"the first line names the dataset: {\"format\": \"casefile/1\", \"dataset\": \"...\"}"));
						break;
					}
					requireFormat(line.format(), i + 1);
					name = line.dataset();
					continue;
				}
				add(line.source(), sources);
				add(line.organization(), organizations);
				add(line.person(), people);
				add(line.role(), roles);
				add(line.project(), projects);
				add(line.event(), events);
			}
			catch (JacksonException ex) {
				problems.add(JsonProblems.of(ex, i + 1));
			}
			catch (RecordingRejectedException ex) {
				problems.addAll(ex.problems());
			}
		}
		if (name == null && problems.isEmpty()) {
			problems.add(Problem.atLine(1, null, null, "the file is empty: its first line names the dataset"));
		}
		if (!problems.isEmpty()) {
			throw rejected(problems);
		}
		return new Dataset(Dataset.FORMAT, name, sources, organizations, people, roles, projects, events);
	}

	private static <T> void add(@Nullable T entry, List<T> entries) {
		if (entry != null) {
			entries.add(entry);
		}
	}

	private static void requireFormat(@Nullable String format, int line) {
		if (!Dataset.FORMAT.equals(format)) {
			String reason = "a dataset's format is \"" + Dataset.FORMAT + "\"";
			throw rejected(List.of((line > 0) ? Problem.atLine(line, "format", format, reason)
					: Problem.at("the file", "format", format, reason)));
		}
	}

	private static RecordingRejectedException rejected(List<Problem> problems) {
		return RecordingRejectedException.file("dataset", problems);
	}

}
