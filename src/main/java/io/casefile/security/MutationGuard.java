package io.casefile.security;

import java.util.List;
import java.util.Map;

import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition;
import io.casefile.system.ErrorCode;

/**
 * Refuses a mutation without a writer before any of its fields runs: one rule for every
 * mutation, present and future, so nothing is written without a credential.
 */
class MutationGuard extends SimplePerformantInstrumentation {

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		var context = parameters.getExecutionContext();
		if (context.getOperationDefinition().getOperation() == OperationDefinition.Operation.MUTATION
				&& context.getGraphQLContext().get(Writer.CONTEXT_KEY) == null) {
			throw new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
				.errorType(ErrorType.ExecutionAborted)
				.message(UnauthenticatedException.MESSAGE)
				.extensions(Map.of("code", ErrorCode.UNAUTHENTICATED.name()))
				.build()));
		}
		return super.beginExecuteOperation(parameters, state);
	}

}
