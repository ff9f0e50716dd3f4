package io.casefile.system;

import graphql.analysis.MaxQueryDepthInstrumentation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The limits that keep one request from costing the database without bound: a maximum
 * depth and a maximum number of nodes a request may ask for. Page sizes are bounded by
 * {@link Page}; every read runs in a read-only transaction bounded by
 * {@code spring.transaction.default-timeout}.
 */
@Configuration(proxyBeanMethods = false)
class QueryLimitsConfiguration {

	@Bean
	MaxQueryDepthInstrumentation maxQueryDepth(@Value("${casefile.graphql.max-depth:15}") int maxDepth) {
		// GraphiQL's introspection query is 13 deep: a limit below 15 would break the
		// playground.
		return new MaxQueryDepthInstrumentation(maxDepth);
	}

	@Bean
	QueryCostGuard queryCostGuard(@Value("${casefile.graphql.max-nodes:20000}") long maxNodes) {
		return new QueryCostGuard(maxNodes);
	}

}
