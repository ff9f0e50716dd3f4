package io.casefile.system;

import java.util.LinkedHashMap;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * Maps every failure of a resolver to a GraphQL error with a stable
 * {@code extensions.code} and a message a person can act on; stack traces go to the log,
 * never to the client. A client's fault is a {@link ClientError}, whatever feature raised
 * it; everything else is the database's or Casefile's.
 */
@ControllerAdvice
class GraphQlErrors {

	private static final Logger log = LoggerFactory.getLogger(GraphQlErrors.class);

	/**
	 * A client's fault, whatever feature raised it, or else a fault of Casefile's.
	 * (Spring matches handlers by exception class; a client error is known by its
	 * interface.)
	 */
	@GraphQlExceptionHandler
	GraphQLError failure(Exception ex, DataFetchingEnvironment env) {
		if (ex instanceof ClientError client) {
			return clientError(client, env);
		}
		// The database gone or busy, whatever wraps the driver's report (a transaction
		// that could not begin, or commit).
		return unavailable(ex) ? databaseUnavailable(ex, env) : unexpected(ex, env);
	}

	private GraphQLError clientError(ClientError ex, DataFetchingEnvironment env) {
		Map<String, Object> extensions = new LinkedHashMap<>(ex.extensions());
		extensions.put("code", ex.code().name());
		return GraphqlErrorBuilder.newError(env)
			.errorType(type(ex.code()))
			.message(Messages.shorten(ex.getMessage()))
			.extensions(extensions)
			.build();
	}

	@GraphQlExceptionHandler
	GraphQLError dataAccess(DataAccessException ex, DataFetchingEnvironment env) {
		if (String.valueOf(ex.getMessage()).contains("TransactionTimedOut")) {
			return error(env, ErrorType.BAD_REQUEST, ErrorCode.QUERY_TIMEOUT,
					"The database gave up on this request after the transaction timeout: ask for less "
							+ "(smaller pages, a narrower filter) and try again.");
		}
		if (ex instanceof TransientDataAccessException || ex instanceof DataAccessResourceFailureException
				|| unavailable(ex)) {
			return databaseUnavailable(ex, env);
		}
		return unexpected(ex, env);
	}

	@GraphQlExceptionHandler({ ServiceUnavailableException.class, SessionExpiredException.class,
			TransientException.class, CannotCreateTransactionException.class })
	GraphQLError databaseUnavailable(Exception ex, DataFetchingEnvironment env) {
		log.warn("Neo4j did not answer: {}", ex.getMessage());
		return error(env, ErrorType.INTERNAL_ERROR, ErrorCode.DATABASE_UNAVAILABLE,
				"The database did not answer; try again in a moment.");
	}

	private GraphQLError unexpected(Exception ex, DataFetchingEnvironment env) {
		log.error("Unexpected failure answering {}", env.getExecutionStepInfo().getPath(), ex);
		return error(env, ErrorType.INTERNAL_ERROR, ErrorCode.INTERNAL,
				"Casefile failed to answer this field; the fault is logged on the server. Nothing was written.");
	}

	/**
	 * Whether the database could not be reached or asked to try again, whatever wraps the
	 * driver's report.
	 */
	private static boolean unavailable(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof ServiceUnavailableException || t instanceof SessionExpiredException
					|| t instanceof TransientException) {
				return true;
			}
		}
		return false;
	}

	private static ErrorType type(ErrorCode code) {
		return switch (code) {
			case NOT_FOUND -> ErrorType.NOT_FOUND;
			case UNAUTHENTICATED -> ErrorType.UNAUTHORIZED;
			default -> ErrorType.BAD_REQUEST;
		};
	}

	private static GraphQLError error(DataFetchingEnvironment env, ErrorType type, ErrorCode code, String message) {
		return GraphqlErrorBuilder.newError(env)
			.errorType(type)
			.message(message)
			.extensions(Map.of("code", code.name()))
			.build();
	}

}
