package io.casefile.system;

import java.util.List;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;

/**
 * graphql-java's instrumentation: every {@link OperationCheck}, once per request, before
 * any field runs, and nothing per field.
 * <p>
 * One instrumentation, not one per rule: Spring chains a list of them, and a chain does
 * work on every field of every request (it asks each member for a context and keeps the
 * answers), even when no member looks at fields. That was 4-5% of the server's CPU for a
 * page of twenty events.
 */
class OperationChecks extends SimplePerformantInstrumentation {

	private final List<OperationCheck> checks;

	OperationChecks(List<OperationCheck> checks) {
		this.checks = List.copyOf(checks);
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		for (OperationCheck check : this.checks) {
			check.check(parameters.getExecutionContext());
		}
		return super.beginExecuteOperation(parameters, state);
	}

}
