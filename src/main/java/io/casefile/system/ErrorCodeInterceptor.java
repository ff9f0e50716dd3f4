package io.casefile.system;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Gives a code to the errors that graphql-java raises before any resolver runs (a
 * misspelt field, a malformed date literal, introspection out of proportion), so that
 * every error a client sees has {@code extensions.code}; and keeps every message short,
 * whatever the client sent.
 */
@Component
class ErrorCodeInterceptor implements WebGraphQlInterceptor {

	private static final Logger log = LoggerFactory.getLogger(ErrorCodeInterceptor.class);

	/**
	 * How graphql-java prints a literal in a validation message
	 * ({@code StringValue{value='...'}}): the value is the client's own text.
	 */
	private static final Pattern AST_VALUE = Pattern
		.compile("(?:StringValue|IntValue|FloatValue|BooleanValue|EnumValue)\\{(?:value|name)=(.*?)}");

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).onErrorResume((ex) -> Mono.just(failed(request, ex))).map((response) -> {
			if (response.getErrors().isEmpty()
					|| response.getErrors().stream().allMatch(ErrorCodeInterceptor::isClean)) {
				return response;
			}
			return response.transform((builder) -> builder.errors(withCodes(response)));
		});
	}

	/**
	 * The answer when graphql-java itself fails (a fault of Casefile's, such as a scalar
	 * that throws what graphql-java does not expect): an {@code INTERNAL} error in
	 * GraphQL's shape, not a servlet error page.
	 */
	private static WebGraphQlResponse failed(WebGraphQlRequest request, Throwable ex) {
		log.error("GraphQL failed to run a request", ex);
		GraphQLError error = GraphqlErrorBuilder.newError()
			.message("Casefile failed to answer this request; the fault is logged on the server. Nothing was written.")
			.extensions(Map.of("code", ErrorCode.INTERNAL.name()))
			.build();
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(),
				ExecutionResult.newExecutionResult().addError(error).build()));
	}

	/** An error that has its code and a message short enough. */
	private static boolean isClean(ResponseError error) {
		return error.getExtensions().containsKey("code") && String.valueOf(error.getMessage()).length() <= 600
				&& !AST_VALUE.matcher(String.valueOf(error.getMessage())).find();
	}

	private static List<GraphQLError> withCodes(WebGraphQlResponse response) {
		return response.getErrors().stream().map((error) -> {
			Map<String, Object> extensions = (error.getExtensions() != null) ? new HashMap<>(error.getExtensions())
					: new HashMap<>();
			ErrorCode code = code(error.getErrorType());
			extensions.putIfAbsent("code", code.name());
			String message = String.valueOf(error.getMessage());
			if (code == ErrorCode.QUERY_TOO_EXPENSIVE && isBadFaithIntrospection(error.getErrorType())) {
				message = "This request asks for the schema more often, or more deeply, than any tool needs ("
						+ message.replaceFirst("^.*!?- ", "") + "): ask for it once, as GraphiQL does.";
			}
			return (GraphQLError) GraphqlErrorBuilder.newError()
				.message(Messages.shorten(AST_VALUE.matcher(message).replaceAll("$1")))
				.locations(error.getLocations())
				.path(error.getParsedPath())
				.errorType(error.getErrorType())
				.extensions(extensions)
				.build();
		}).toList();
	}

	private static boolean isBadFaithIntrospection(ErrorClassification type) {
		return "BadFaithIntrospection".equals(String.valueOf(type));
	}

	private static ErrorCode code(ErrorClassification type) {
		if (type == ErrorType.InvalidSyntax) {
			return ErrorCode.GRAPHQL_PARSE_FAILED;
		}
		if (type == ErrorType.ExecutionAborted || isBadFaithIntrospection(type)) {
			// graphql-java aborts before running only for the query limits (depth,
			// possible nodes) and for introspection asked in bad faith.
			return ErrorCode.QUERY_TOO_EXPENSIVE;
		}
		if (type == ErrorType.ValidationError) {
			return ErrorCode.GRAPHQL_VALIDATION_FAILED;
		}
		if (type == org.springframework.graphql.execution.ErrorType.BAD_REQUEST) {
			return ErrorCode.INVALID_ARGUMENT;
		}
		if (type == org.springframework.graphql.execution.ErrorType.NOT_FOUND) {
			return ErrorCode.NOT_FOUND;
		}
		return ErrorCode.INTERNAL;
	}

}
