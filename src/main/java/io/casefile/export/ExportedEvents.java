package io.casefile.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.casefile.system.ErrorCode;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asks the public GraphQL API for the events of an export, page after page, through the
 * same handler (limits, error codes, cost guard) that serves {@code /graphql}. An export
 * holds at most {@code casefile.export.max-events} events; a larger one is refused before
 * anything is written, with a message that says how to narrow it.
 */
@Component
// Exports are HTTP files; the command-line import runs without a web server.
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ExportedEvents {

	private static final String DOCUMENT = document();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final WebGraphQlHandler graphQl;

	private final int maxEvents;

	private final Duration timeout;

	ExportedEvents(WebGraphQlHandler graphQl, @Value("${casefile.export.max-events:10000}") int maxEvents,
			@Value("${spring.transaction.default-timeout:20s}") Duration timeout) {
		this.graphQl = graphQl;
		this.maxEvents = maxEvents;
		this.timeout = timeout.plusSeconds(10);
	}

	/** Every event the view holds, in date order. */
	@SuppressWarnings("unchecked")
	List<ExportedEvent> of(ExportView view) {
		Map<String, Object> variables = new HashMap<>(view.variables());
		List<ExportedEvent> events = new ArrayList<>();
		String after = null;
		do {
			variables.put("after", after);
			Map<String, Object> page = (Map<String, Object>) ask(variables).get("events");
			for (Map<String, Object> edge : (List<Map<String, Object>>) page.get("edges")) {
				events.add(JSON.convertValue(edge.get("node"), ExportedEvent.class));
			}
			Map<String, Object> info = (Map<String, Object>) page.get("pageInfo");
			after = Boolean.TRUE.equals(info.get("hasNextPage")) ? (String) info.get("endCursor") : null;
			if (events.size() > this.maxEvents) {
				throw new ExportRefusedException(ErrorCode.QUERY_TOO_EXPENSIVE,
						"This export would hold more than %,d events (casefile.export.max-events): narrow it with "
							.formatted(this.maxEvents) + "lanes, kind, from and to, or where, and export it in parts");
			}
		}
		while (after != null);
		return events;
	}

	/**
	 * One page. The export's own HTTP request passed the same authentication as
	 * {@code /graphql} (see {@code SecurityConfiguration}); this one runs inside it.
	 */
	private Map<String, Object> ask(Map<String, Object> variables) {
		HttpHeaders headers = new HttpHeaders();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", DOCUMENT);
		body.put("variables", variables);
		WebGraphQlRequest request = new WebGraphQlRequest(URI.create("/graphql"), headers, new LinkedMultiValueMap<>(),
				null, new HashMap<>(), body, UUID.randomUUID().toString(), Locale.ROOT);
		WebGraphQlResponse response = this.graphQl.handleRequest(request).block(this.timeout);
		if (response == null) {
			throw new ExportRefusedException(ErrorCode.INTERNAL, "Casefile gave no answer to the export's request");
		}
		if (!response.getErrors().isEmpty()) {
			List<Map<String, Object>> errors = response.getErrors().stream().map(ExportedEvents::error).toList();
			throw new ExportRefusedException(code(errors.get(0)), errors);
		}
		Map<String, Object> data = response.getData();
		if (data == null) {
			throw new ExportRefusedException(ErrorCode.INTERNAL, "Casefile gave no data to the export's request");
		}
		return data;
	}

	private static Map<String, Object> error(ResponseError error) {
		Map<String, Object> shown = new LinkedHashMap<>();
		shown.put("message", String.valueOf(error.getMessage()));
		shown.put("extensions", error.getExtensions());
		return shown;
	}

	@SuppressWarnings("unchecked")
	private static ErrorCode code(Map<String, Object> error) {
		Object code = ((Map<String, Object>) error.get("extensions")).get("code");
		try {
			return ErrorCode.valueOf(String.valueOf(code));
		}
		catch (IllegalArgumentException ex) {
			return ErrorCode.INTERNAL;
		}
	}

	private static String document() {
		try (InputStream in = new ClassPathResource("export/events.graphql").getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The export's GraphQL document is missing from the jar", ex);
		}
	}

}
