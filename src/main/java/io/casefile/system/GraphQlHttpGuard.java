package io.casefile.system;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Stands in front of {@code /graphql} so that every request a client gets wrong at the
 * HTTP level is answered like any GraphQL error, {@code {"errors": [...]}} with a code,
 * rather than with the servlet container's page: a method other than POST, a content type
 * other than JSON, an {@code Accept} header that allows no JSON, a body too large, not
 * JSON, not an object (a batch, {@code null}), without a {@code query} string, or with
 * {@code variables}, {@code operationName} or {@code extensions} of the wrong type. The
 * body is checked with a streaming parser, without building it in memory twice. What
 * escapes the handler after that is a fault of Casefile's, answered as {@code INTERNAL}.
 */
class GraphQlHttpGuard extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(GraphQlHttpGuard.class);

	private static final JsonFactory JSON = new JsonFactory();

	private final long maxBytes;

	GraphQlHttpGuard(DataSize maxRequestSize) {
		this.maxBytes = maxRequestSize.toBytes();
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		// GraphQL answers asynchronously: a failure surfaces in the async dispatch.
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getDispatcherType() == DispatcherType.ASYNC) {
			guarded(request, response, chain);
			return;
		}
		if ("OPTIONS".equals(request.getMethod())) {
			// CORS preflight: Spring answers it.
			chain.doFilter(request, response);
			return;
		}
		MediaType answer = responseType(request.getHeader(HttpHeaders.ACCEPT));
		if (answer == null) {
			GraphQlErrorBody.write(response, HttpServletResponse.SC_NOT_ACCEPTABLE, MediaType.APPLICATION_JSON,
					ErrorCode.BAD_REQUEST,
					"The Accept header allows no JSON: accept application/graphql-response+json or application/json.");
			return;
		}
		if (!"POST".equals(request.getMethod())) {
			response.setHeader(HttpHeaders.ALLOW, "POST, OPTIONS");
			GraphQlErrorBody.write(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, answer, ErrorCode.BAD_REQUEST,
					"Send GraphQL requests with POST and a JSON body such as {\"query\": \"{ organizations { edges { node { name } } } }\"}.");
			return;
		}
		if (!isJson(request.getContentType())) {
			GraphQlErrorBody.write(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, answer,
					ErrorCode.BAD_REQUEST,
					"Send the request as Content-Type: application/json, a body such as {\"query\": \"...\", \"variables\": {...}}.");
			return;
		}
		byte[] body = read(request.getInputStream());
		if (body == null) {
			GraphQlErrorBody.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, answer,
					ErrorCode.BAD_REQUEST,
					"The request is larger than %s (casefile.limits.request-size): import large files with the command line, java -jar casefile.jar import FILE."
						.formatted(DataSize.ofBytes(this.maxBytes).toMegabytes() + " MB"));
			return;
		}
		String problem = problem(body);
		if (problem != null) {
			GraphQlErrorBody.write(response, HttpServletResponse.SC_BAD_REQUEST, answer, ErrorCode.BAD_REQUEST,
					problem);
			return;
		}
		guarded(new CachedBody(request, body), response, chain);
	}

	private void guarded(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException ex) {
			log.error("Unexpected failure answering a GraphQL request", ex);
			if (response.isCommitted()) {
				throw ex;
			}
			response.reset();
			GraphQlErrorBody.write(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, MediaType.APPLICATION_JSON,
					ErrorCode.INTERNAL,
					"Casefile failed to answer this request; the fault is logged on the server. Nothing was written.");
		}
	}

	/**
	 * The type to answer in: the first GraphQL type the client accepts by name, else JSON
	 * when it accepts anything JSON; null when it accepts no JSON at all.
	 */
	static MediaType responseType(String accept) {
		if (accept == null || accept.isBlank()) {
			return MediaType.APPLICATION_JSON;
		}
		List<MediaType> accepted;
		try {
			accepted = MediaType.parseMediaTypes(accept);
		}
		catch (InvalidMediaTypeException ex) {
			return MediaType.APPLICATION_JSON;
		}
		for (MediaType type : accepted) {
			if (type.equalsTypeAndSubtype(MediaType.APPLICATION_GRAPHQL_RESPONSE)
					|| type.equalsTypeAndSubtype(MediaType.APPLICATION_JSON)) {
				return type.removeQualityValue();
			}
		}
		for (MediaType type : accepted) {
			if (type.includes(MediaType.APPLICATION_JSON)) {
				return MediaType.APPLICATION_JSON;
			}
		}
		return null;
	}

	private static boolean isJson(String contentType) {
		if (contentType == null) {
			return false;
		}
		try {
			return MediaType.APPLICATION_JSON.equalsTypeAndSubtype(MediaType.parseMediaType(contentType));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	/** The body, or null when it is larger than the limit. */
	private byte[] read(InputStream in) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		for (int n; (n = in.read(buffer)) >= 0;) {
			total += n;
			if (total > this.maxBytes) {
				return null;
			}
			out.write(buffer, 0, n);
		}
		return out.toByteArray();
	}

	/**
	 * What is wrong with a body, in words a person can act on; null when it is a GraphQL
	 * request: a JSON object whose {@code query} is a string.
	 */
	static String problem(byte[] body) {
		try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), body)) {
			JsonToken first = parser.nextToken();
			if (first == null) {
				return "The request body is empty: send {\"query\": \"...\"}.";
			}
			if (first == JsonToken.START_ARRAY) {
				return "A JSON array of operations (a batch) is not supported: send one operation per request, {\"query\": \"...\"}.";
			}
			if (first != JsonToken.START_OBJECT) {
				return "The request body is JSON " + describe(first)
						+ ", not an object: send {\"query\": \"...\", \"variables\": {...}}.";
			}
			boolean query = false;
			for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
				String name = parser.currentName();
				JsonToken value = parser.nextToken();
				switch (name) {
					case "query" -> {
						if (value != JsonToken.VALUE_STRING) {
							return "\"query\" is " + describe(value) + ": it must be the GraphQL document, a string.";
						}
						query = true;
					}
					case "operationName" -> {
						if (value != JsonToken.VALUE_STRING && value != JsonToken.VALUE_NULL) {
							return "\"operationName\" is " + describe(value)
									+ ": it must be the name of an operation of the document, a string.";
						}
					}
					case "variables", "extensions" -> {
						if (value != JsonToken.START_OBJECT && value != JsonToken.VALUE_NULL) {
							return "\"" + name + "\" is " + describe(value)
									+ ": it must be an object, such as {\"name\": \"Amazon\"}.";
						}
					}
					default -> {
						// Other members are left to the server, which ignores them.
					}
				}
				parser.skipChildren();
			}
			if (parser.nextToken() != null) {
				return "The request body holds more than one JSON value: send one object.";
			}
			return query ? null : "The request has no \"query\": send {\"query\": \"...\"} with the GraphQL document.";
		}
		catch (JacksonException ex) {
			var at = ex.getLocation();
			return "The request body is not valid JSON"
					+ ((at != null && at.getLineNr() > 0)
							? " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")" : "")
					+ ": send {\"query\": \"...\"}.";
		}
	}

	private static String describe(JsonToken token) {
		return switch (token) {
			case VALUE_NULL -> "null";
			case VALUE_STRING -> "a string";
			case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
			case VALUE_TRUE, VALUE_FALSE -> "a boolean";
			case START_ARRAY -> "an array";
			case START_OBJECT -> "an object";
			default -> "not a value";
		};
	}

	/** The request with its body read once and served again from memory. */
	private static final class CachedBody extends HttpServletRequestWrapper {

		private final byte[] body;

		CachedBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {
				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("The body was read already");
				}
			};
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

	}

}
