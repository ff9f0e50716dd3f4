package io.casefile.system;

import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;

/**
 * A rule a request must pass before any of its fields runs, such as the query limits or
 * "a mutation needs a writer". A feature declares one as a bean; {@link OperationChecks}
 * runs them all, in their order, as graphql-java's one instrumentation.
 */
@FunctionalInterface
public interface OperationCheck {

	/**
	 * Refuses the request, by throwing an {@link AbortExecutionException} that carries a
	 * GraphQL error with its {@code code}, or lets it run.
	 */
	void check(ExecutionContext context);

}
