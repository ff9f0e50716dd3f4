package io.casefile.system;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ErrorType;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLTypeUtil;

/**
 * Refuses, before it runs, a request deeper than the configured depth, one that could
 * cost more than the configured limit, or one whose arguments are larger than the limits
 * allow. One walk of the document answers all three.
 * <p>
 * The depth is the number of fields from the root to the deepest one (the root field is
 * 1, inline fragments and fragment spreads add nothing), as graphql-java's
 * {@code MaxQueryDepthInstrumentation} counts it.
 * <p>
 * The cost is GitHub's count of nodes: every paginated list may return as many items as
 * its {@code first}, and as many times as the lists around it may return items, so a
 * list's cost is the product of the page sizes on its path; the request's cost is the sum
 * over its lists, plus one for the root. A field whose work is not its result's size (a
 * path search, a full-text search, a question over the whole graph) declares its weight
 * in the schema with {@code @cost(weight: N)}, counted each time it may run: every alias
 * of it counts.
 */
class QueryLimitsCheck implements OperationCheck {

	private final int maxDepth;

	private final long maxCost;

	private final RequestLimits limits;

	QueryLimitsCheck(int maxDepth, long maxCost, RequestLimits limits) {
		this.maxDepth = maxDepth;
		this.maxCost = maxCost;
		this.limits = limits;
	}

	@Override
	public void check(ExecutionContext context) {
		Cost cost = cost(context, this.limits);
		if (cost.depth() > this.maxDepth) {
			throw abort(ErrorCode.QUERY_TOO_EXPENSIVE,
					"This request is %,d fields deep, more than the limit of %,d (casefile.graphql.max-depth). To stay within it, ask for fewer nested fields."
						.formatted(cost.depth(), this.maxDepth),
					Map.of("depth", cost.depth(), "maxDepth", this.maxDepth));
		}
		if (cost.total() > this.maxCost) {
			throw abort(ErrorCode.QUERY_TOO_EXPENSIVE, cost.explain(this.maxCost),
					Map.of("cost", cost.total(), "maxCost", this.maxCost, "possibleNodes", cost.nodes()));
		}
	}

	/**
	 * What a request may cost: the nodes its lists may return, its fields' weight, and
	 * its depth.
	 */
	record Cost(long nodes, long weight, int depth) {

		long total() {
			return saturatingAdd(this.nodes, this.weight);
		}

		String explain(long limit) {
			String nodes = "it may return up to %,d node%s".formatted(this.nodes, (this.nodes == 1) ? "" : "s");
			String weight = (this.weight == 0) ? ""
					: " and weighs %,d for its searches, path searches and questions over the whole graph"
						.formatted(this.weight);
			String advice = (this.weight == 0) ? "ask for smaller pages (first) or fewer nested lists."
					: "ask for fewer searches or path searches per request, smaller pages (first) or fewer nested lists.";
			return "This request could cost %,d, more than the limit of %,d: %s%s. To stay within it, %s"
				.formatted(this.total(), limit, nodes, weight, advice);
		}

	}

	static Cost cost(ExecutionContext context, RequestLimits limits) {
		QueryTraverser traverser = QueryTraverser.newQueryTraverser()
			.schema(context.getGraphQLSchema())
			.document(context.getDocument())
			.operationName(context.getOperationDefinition().getName())
			.coercedVariables(context.getCoercedVariables())
			.build();
		// Where each field is: how many times it may be resolved (its parent's count
		// times the parent's page size) and how deep it is.
		Map<QueryVisitorFieldEnvironment, Place> places = new IdentityHashMap<>();
		List<Long> lists = new ArrayList<>();
		List<Long> weights = new ArrayList<>();
		int[] depth = { 0 };
		traverser.visitPreOrder(new QueryVisitorStub() {
			@Override
			public void visitField(QueryVisitorFieldEnvironment env) {
				checkArguments(env, limits);
				QueryVisitorFieldEnvironment parent = env.getParentEnvironment();
				Place above = (parent != null) ? places.getOrDefault(parent, Place.ROOT) : Place.ROOT;
				long times = above.times();
				long weight = weight(env);
				if (weight > 0) {
					weights.add(saturatingMultiply(times, weight));
				}
				Long pageSize = pageSize(env);
				if (pageSize != null) {
					lists.add(saturatingMultiply(times, pageSize));
					times = saturatingMultiply(times, pageSize);
				}
				Place place = new Place(times, above.depth() + 1);
				depth[0] = Math.max(depth[0], place.depth());
				places.put(env, place);
			}
		});
		long nodes = 1;
		for (long list : lists) {
			nodes = saturatingAdd(nodes, list);
		}
		long weight = 0;
		for (long w : weights) {
			weight = saturatingAdd(weight, w);
		}
		return new Cost(nodes, weight, depth[0]);
	}

	/**
	 * A field's place in the request: how many times it may be resolved, and how many
	 * fields deep it is.
	 */
	private record Place(long times, int depth) {

		/** Above the root fields: once, and no depth. */
		static final Place ROOT = new Place(1, 0);

	}

	/**
	 * Refuses a string longer than the text limit (unless the argument carries a whole
	 * file, {@code @file}) and a list longer than the list limit, anywhere in the
	 * argument.
	 */
	private static void checkArguments(QueryVisitorFieldEnvironment env, RequestLimits limits) {
		for (GraphQLArgument argument : env.getFieldDefinition().getArguments()) {
			Object value = env.getArguments().get(argument.getName());
			if (value != null) {
				check(value, env.getField().getResultKey() + "(" + argument.getName(),
						argument.hasAppliedDirective("file"), limits);
			}
		}
	}

	private static void check(Object value, String where, boolean file, RequestLimits limits) {
		if (value instanceof String text && !file && text.length() > limits.text()) {
			throw abort(ErrorCode.INVALID_ARGUMENT,
					"%s) is %,d characters long; the limit is %,d (casefile.limits.text).".formatted(where,
							text.length(), limits.text()),
					Map.of());
		}
		if (value instanceof List<?> list) {
			if (list.size() > limits.listItems()) {
				throw abort(ErrorCode.INVALID_ARGUMENT,
						"%s) holds %,d items; the limit is %,d (casefile.limits.list-items): split the request."
							.formatted(where, list.size(), limits.listItems()),
						Map.of());
			}
			list.forEach((item) -> {
				if (item != null) {
					check(item, where, file, limits);
				}
			});
		}
		if (value instanceof Map<?, ?> map) {
			map.forEach((key, item) -> {
				if (item != null) {
					check(item, where + "." + key, file, limits);
				}
			});
		}
	}

	/** The weight the schema gives a field with {@code @cost(weight: N)}, else 0. */
	private static long weight(QueryVisitorFieldEnvironment env) {
		GraphQLAppliedDirective cost = env.getFieldDefinition().getAppliedDirective("cost");
		if (cost == null) {
			return 0;
		}
		Object weight = cost.getArgument("weight").getValue();
		return (weight instanceof Number n) ? n.longValue() : 0;
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

	private static AbortExecutionException abort(ErrorCode code, String message, Map<String, Object> details) {
		Map<String, Object> extensions = new LinkedHashMap<>(details);
		extensions.put("code", code.name());
		return new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
			.errorType(ErrorType.ExecutionAborted)
			.message(Messages.shorten(message))
			.extensions(extensions)
			.build()));
	}

	private static long saturatingAdd(long a, long b) {
		long sum = a + b;
		return (sum < 0) ? Long.MAX_VALUE : sum;
	}

	private static long saturatingMultiply(long a, long b) {
		long product = a * b;
		return (a != 0 && (product / a != b || product < 0)) ? Long.MAX_VALUE : product;
	}

}
