package io.casefile.system;

import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import io.casefile.dataset.DatasetRejectedException;
import io.casefile.date.InvalidDateException;
import io.casefile.security.UnauthenticatedException;
import io.casefile.writing.CitationRequiredException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * Maps every failure of a resolver to a GraphQL error with a stable
 * {@code extensions.code} and a message a person can act on; stack traces go to the log,
 * never to the client.
 */
@ControllerAdvice
class GraphQlErrors {

	private static final Logger log = LoggerFactory.getLogger(GraphQlErrors.class);

	@GraphQlExceptionHandler
	GraphQLError notFound(NotFoundException ex, DataFetchingEnvironment env) {
		return error(env, ErrorType.NOT_FOUND, ErrorCode.NOT_FOUND, ex.getMessage());
	}

	@GraphQlExceptionHandler({ InvalidArgumentException.class, InvalidDateException.class })
	GraphQLError invalidArgument(RuntimeException ex, DataFetchingEnvironment env) {
		return error(env, ErrorType.BAD_REQUEST, ErrorCode.INVALID_ARGUMENT, ex.getMessage());
	}

	@GraphQlExceptionHandler
	GraphQLError unauthenticated(UnauthenticatedException ex, DataFetchingEnvironment env) {
		return error(env, ErrorType.UNAUTHORIZED, ErrorCode.UNAUTHENTICATED, ex.getMessage());
	}

	@GraphQlExceptionHandler
	GraphQLError citationRequired(CitationRequiredException ex, DataFetchingEnvironment env) {
		return error(env, ErrorType.BAD_REQUEST, ErrorCode.CITATION_REQUIRED, ex.getMessage());
	}

	@GraphQlExceptionHandler
	GraphQLError datasetRejected(DatasetRejectedException ex, DataFetchingEnvironment env) {
		return GraphqlErrorBuilder.newError(env)
			.errorType(ErrorType.BAD_REQUEST)
			.message(ex.getMessage())
			// A file refused is IMPORT_REJECTED; a single fact refused, an invalid
			// argument.
			.extensions(Map.of("code",
					env.getField().getName().startsWith("import") ? ErrorCode.IMPORT_REJECTED.name()
							: ErrorCode.INVALID_ARGUMENT.name(),
					"problems", ex.problems()))
			.build();
	}

	@GraphQlExceptionHandler
	GraphQLError dataAccess(DataAccessException ex, DataFetchingEnvironment env) {
		if (String.valueOf(ex.getMessage()).contains("TransactionTimedOut")) {
			return error(env, ErrorType.BAD_REQUEST, ErrorCode.QUERY_TIMEOUT,
					"The database gave up on this request after the transaction timeout: ask for less "
							+ "(smaller pages, a narrower filter) and try again.");
		}
		if (ex instanceof TransientDataAccessException || ex.getCause() instanceof ServiceUnavailableException) {
			return databaseUnavailable(ex, env);
		}
		return unexpected(ex, env);
	}

	@GraphQlExceptionHandler({ ServiceUnavailableException.class, TransientException.class })
	GraphQLError databaseUnavailable(RuntimeException ex, DataFetchingEnvironment env) {
		log.warn("Neo4j did not answer: {}", ex.getMessage());
		return error(env, ErrorType.INTERNAL_ERROR, ErrorCode.DATABASE_UNAVAILABLE,
				"The database did not answer in time; try again in a moment.");
	}

	@GraphQlExceptionHandler
	GraphQLError unexpected(Exception ex, DataFetchingEnvironment env) {
		log.error("Unexpected failure answering {}", env.getExecutionStepInfo().getPath(), ex);
		return error(env, ErrorType.INTERNAL_ERROR, ErrorCode.INTERNAL,
				"Casefile failed to answer this field; the fault is logged on the server. Nothing was written.");
	}

	private static GraphQLError error(DataFetchingEnvironment env, ErrorType type, ErrorCode code, String message) {
		return GraphqlErrorBuilder.newError(env)
			.errorType(type)
			.message(message)
			.extensions(Map.of("code", code.name()))
			.build();
	}

}
