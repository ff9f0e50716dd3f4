package io.casefile.security;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads {@code Authorization: Bearer <token>}: a configured token authenticates the
 * request as its identity; an unknown token is refused with {@code UNAUTHENTICATED}
 * rather than treated as no token, so that a mistyped token never reads as "public".
 */
class ApiTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final ApiTokens tokens;

	ApiTokenFilter(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			Optional<String> identity = this.tokens.identityOf(header.substring(BEARER.length()).strip());
			if (identity.isEmpty()) {
				SecurityConfiguration.refuse(response,
						"The token in the Authorization header is not one Casefile knows: check it against "
								+ "casefile.security.tokens (CASEFILE_TOKENS). Nothing was read or written.");
				return;
			}
			var authentication = UsernamePasswordAuthenticationToken.authenticated(identity.get(), null,
					List.of(new SimpleGrantedAuthority("ROLE_WRITER")));
			SecurityContextHolder.getContext().setAuthentication(authentication);
		}
		chain.doFilter(request, response);
	}

}
