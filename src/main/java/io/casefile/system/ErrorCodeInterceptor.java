package io.casefile.system;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Gives a code to the errors that graphql-java raises before any resolver runs (a
 * misspelt field, a malformed date literal), so that every error a client sees has
 * {@code extensions.code}.
 */
@Component
class ErrorCodeInterceptor implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map((response) -> {
			if (response.getErrors().isEmpty()
					|| response.getErrors().stream().allMatch((e) -> e.getExtensions().containsKey("code"))) {
				return response;
			}
			return response.transform((builder) -> builder.errors(withCodes(response)));
		});
	}

	private static List<GraphQLError> withCodes(WebGraphQlResponse response) {
		return response.getErrors().stream().map((error) -> {
			Map<String, Object> extensions = (error.getExtensions() != null) ? new HashMap<>(error.getExtensions())
					: new HashMap<>();
			extensions.putIfAbsent("code", code(error.getErrorType()).name());
			return (GraphQLError) GraphqlErrorBuilder.newError()
				.message(error.getMessage())
				.locations(error.getLocations())
				.path(error.getParsedPath())
				.errorType(error.getErrorType())
				.extensions(extensions)
				.build();
		}).toList();
	}

	private static ErrorCode code(ErrorClassification type) {
		if (type == ErrorType.InvalidSyntax) {
			return ErrorCode.GRAPHQL_PARSE_FAILED;
		}
		if (type == ErrorType.ExecutionAborted) {
			// graphql-java aborts before running only for the query limits (depth,
			// possible nodes).
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
