package io.casefile.security;

import java.util.List;
import java.util.Map;

import graphql.ErrorType;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.language.OperationDefinition;
import io.casefile.system.ErrorCode;
import io.casefile.system.OperationCheck;

/**
 * Refuses a mutation without a writer before any of its fields runs: one rule for every
 * mutation, present and future, so nothing is written without a credential.
 */
class MutationGuard implements OperationCheck {

	@Override
	public void check(ExecutionContext context) {
		if (context.getOperationDefinition().getOperation() == OperationDefinition.Operation.MUTATION
				&& context.getGraphQLContext().get(Writer.CONTEXT_KEY) == null) {
			throw new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
				.errorType(ErrorType.ExecutionAborted)
				.message(UnauthenticatedException.MESSAGE)
				.extensions(Map.of("code", ErrorCode.UNAUTHENTICATED.name()))
				.build()));
		}
	}

}
