package io.casefile.system;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import graphql.ErrorType;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLTypeUtil;
import graphql.ExecutionResult;

/**
 * Refuses, before it runs, a request that could return more nodes than the configured
 * limit. The figure is GitHub's: every paginated list may return as many items as its
 * {@code first}, and as many times as the lists around it may return items, so a list's
 * cost is the product of the page sizes on its path; the request's cost is the sum over
 * its lists, plus one for the root.
 */
class QueryCostGuard extends SimplePerformantInstrumentation {

	private final long maxNodes;

	QueryCostGuard(long maxNodes) {
		this.maxNodes = maxNodes;
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext context = parameters.getExecutionContext();
		long nodes = possibleNodes(context);
		if (nodes > this.maxNodes) {
			throw new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
				.errorType(ErrorType.ExecutionAborted)
				.message(
						"This request could return up to %,d nodes, more than the limit of %,d: ask for smaller pages (first) or fewer nested lists."
							.formatted(nodes, this.maxNodes))
				.extensions(Map.of("code", ErrorCode.QUERY_TOO_EXPENSIVE.name(), "possibleNodes", nodes, "maxNodes",
						this.maxNodes))
				.build()));
		}
		return super.beginExecuteOperation(parameters, state);
	}

	static long possibleNodes(ExecutionContext context) {
		QueryTraverser traverser = QueryTraverser.newQueryTraverser()
			.schema(context.getGraphQLSchema())
			.document(context.getDocument())
			.operationName(context.getOperationDefinition().getName())
			.coercedVariables(context.getCoercedVariables())
			.build();
		// How many times each field may be resolved: its parent's count times the
		// parent's page size.
		Map<QueryVisitorFieldEnvironment, Long> multipliers = new IdentityHashMap<>();
		List<Long> lists = new ArrayList<>();
		traverser.visitPreOrder(new QueryVisitorStub() {
			@Override
			public void visitField(QueryVisitorFieldEnvironment env) {
				QueryVisitorFieldEnvironment parent = env.getParentEnvironment();
				long times = (parent != null) ? multipliers.getOrDefault(parent, 1L) : 1L;
				Long pageSize = pageSize(env);
				if (pageSize != null) {
					lists.add(times * pageSize);
					times = times * pageSize;
				}
				multipliers.put(env, times);
			}
		});
		long total = 1;
		for (long list : lists) {
			total = saturatingAdd(total, list);
		}
		return total;
	}

	/**
	 * The page size of a paginated list field (one whose type is a connection), or null.
	 */
	private static Long pageSize(QueryVisitorFieldEnvironment env) {
		var type = GraphQLTypeUtil.unwrapAll(env.getFieldDefinition().getType());
		if (!(type instanceof GraphQLNamedType named) || !named.getName().endsWith("Connection")) {
			return null;
		}
		Object first = env.getArguments().get("first");
		return (first instanceof Number n) ? Math.max(0, n.longValue()) : (long) Page.DEFAULT;
	}

	private static long saturatingAdd(long a, long b) {
		long sum = a + b;
		return (sum < 0) ? Long.MAX_VALUE : sum;
	}

}
