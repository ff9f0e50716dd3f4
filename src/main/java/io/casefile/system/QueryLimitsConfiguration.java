package io.casefile.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The limits that keep one request from costing the database without bound: the HTTP
 * request's size and shape, a maximum depth, a maximum cost (nodes it may return, and the
 * weight of searches and path searches), and bounded arguments. Page sizes are bounded by
 * {@link Page}; every read runs in a read-only transaction bounded by
 * {@code spring.transaction.default-timeout}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RequestLimits.class)
class QueryLimitsConfiguration {

	@Bean
	FilterRegistrationBean<GraphQlHttpGuard> graphQlHttpGuard(RequestLimits limits,
			@Value("${spring.graphql.http.path:/graphql}") String path) {
		FilterRegistrationBean<GraphQlHttpGuard> registration = new FilterRegistrationBean<>(
				new GraphQlHttpGuard(limits.requestSize()));
		registration.addUrlPatterns(path);
		// Before authentication, so that a malformed request is told so whoever sends it.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		registration.setAsyncSupported(true);
		return registration;
	}

	@Bean
	QueryLimitsCheck queryLimits(@Value("${casefile.graphql.max-depth:15}") int maxDepth,
			@Value("${casefile.graphql.max-nodes:20000}") long maxNodes, RequestLimits limits) {
		// GraphiQL's introspection query is 13 deep: a limit below 15 would break the
		// playground.
		return new QueryLimitsCheck(maxDepth, maxNodes, limits);
	}

}
