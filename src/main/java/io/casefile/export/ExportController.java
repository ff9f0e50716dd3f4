package io.casefile.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import io.casefile.system.ClientError;
import io.casefile.system.ErrorCode;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The export files, each at {@code /export/<file>} with the same parameters: {@code lane}
 * (repeated, {@code organization:<id or name>} or {@code person:<id or name>}, as in the
 * timeline page's address), {@code kind} (repeated), {@code from}, {@code to},
 * {@code asOf}, and {@code where} (any {@code EventFilter} of the API as JSON). A refused
 * export answers with the API's error body and code, and writes no file.
 */
@RestController
// Exports are HTTP files; the command-line import runs without a web server.
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ExportController {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);

	private static final MediaType GRAPHML = new MediaType("application", "graphml+xml", StandardCharsets.UTF_8);

	private final ExportedEvents events;

	private final Clock clock;

	ExportController(ExportedEvents events) {
		this.events = events;
		this.clock = Clock.systemUTC();
	}

	/** One row per event and citation, for spreadsheets. */
	@GetMapping("/export/events.csv")
	void csv(Filter filter, HttpServletResponse response) throws IOException {
		export(filter, response, CSV, "casefile-events.csv", (events, view, out) -> CsvExport.write(events, out));
	}

	/** Knight Lab's TimelineJS JSON: opens in TimelineJS as it is. */
	@GetMapping("/export/timeline.json")
	void timelineJs(Filter filter, HttpServletResponse response) throws IOException {
		export(filter, response, MediaType.APPLICATION_JSON, "casefile-timeline.json", (events, view, out) -> JSON
			.writeValue(out, TimelineJsExport.of(events, view, LocalDate.now(this.clock))));
	}

	/** Organizations, people, events and sources as a graph, for Gephi. */
	@GetMapping("/export/graph.graphml")
	void graphMl(Filter filter, HttpServletResponse response) throws IOException {
		export(filter, response, GRAPHML, "casefile-graph.graphml", GraphMlExport::write);
	}

	/** Every source behind the events, in Markdown. */
	@GetMapping("/export/citations.md")
	void citations(Filter filter, HttpServletResponse response) throws IOException {
		export(filter, response, MARKDOWN, "casefile-sources.md",
				(events, view, out) -> CitationListExport.write(events, view, LocalDate.now(this.clock), out));
	}

	/**
	 * Asks for the view's events, then writes the file: a refused export has written
	 * nothing yet.
	 */
	private void export(Filter filter, HttpServletResponse response, MediaType type, String file, Format format)
			throws IOException {
		ExportView view = filter.view();
		List<ExportedEvent> events = this.events.of(view);
		response.setContentType(type.toString());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(file).build().toString());
		try (Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)) {
			format.write(events, view, out);
		}
	}

	/** One export format: the events of a view, written as a file. */
	@FunctionalInterface
	private interface Format {

		void write(List<ExportedEvent> events, ExportView view, Writer out) throws IOException;

	}

	/** A refused export: the API's error body, with the HTTP status its code means. */
	@ExceptionHandler
	ResponseEntity<Map<String, Object>> refused(RuntimeException ex) {
		if (!(ex instanceof ClientError error)) {
			throw ex;
		}
		List<Map<String, Object>> errors = (ex instanceof ExportRefusedException refused) ? refused.errors()
				: List.of(Map.of("message", error.getMessage(), "extensions", Map.of("code", error.code().name())));
		return ResponseEntity.status(status(error.code()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("errors", errors));
	}

	private static HttpStatus status(ErrorCode code) {
		return switch (code) {
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
			case DATABASE_UNAVAILABLE, QUERY_TIMEOUT -> HttpStatus.SERVICE_UNAVAILABLE;
			case INTERNAL -> HttpStatus.INTERNAL_SERVER_ERROR;
			default -> HttpStatus.BAD_REQUEST;
		};
	}

	/** The parameters every export takes. */
	record Filter(@Nullable List<String> lane, @Nullable List<String> kind, @Nullable String from, @Nullable String to,
			@Nullable String asOf, @Nullable String where) {

		ExportView view() {
			return new ExportView(this.lane, this.kind, this.from, this.to, this.asOf, this.where);
		}

	}

}
