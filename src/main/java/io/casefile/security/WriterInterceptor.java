package io.casefile.security;

import java.util.Map;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import reactor.core.publisher.Mono;

/**
 * Puts the request's writer, if its token named one, into the GraphQL context, on the
 * request's thread, where the security context is.
 */
class WriterInterceptor implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			Writer writer = new Writer(authentication.getName());
			request.configureExecutionInput(
					(input, builder) -> builder.graphQLContext(Map.of(Writer.CONTEXT_KEY, writer)).build());
		}
		return chain.next(request);
	}

}
