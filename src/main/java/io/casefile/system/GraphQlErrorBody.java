package io.casefile.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a GraphQL error response, {@code {"errors": [{"message", "extensions":
 * {"code"}}]}}, from places that answer before GraphQL runs (HTTP checks,
 * authentication), so that a client reads every refusal the same way.
 */
public final class GraphQlErrorBody {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private GraphQlErrorBody() {
	}

	public static void write(HttpServletResponse response, int status, MediaType type, ErrorCode code, String message)
			throws IOException {
		response.setStatus(status);
		response.setContentType(new MediaType(type, StandardCharsets.UTF_8).toString());
		byte[] body = JSON.writeValueAsBytes(
				Map.of("errors", List.of(Map.of("message", message, "extensions", Map.of("code", code.name())))));
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

}
