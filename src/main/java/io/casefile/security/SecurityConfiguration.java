package io.casefile.security;

import java.io.IOException;

import io.casefile.system.ErrorCode;
import io.casefile.system.GraphQlErrorBody;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The HTTP side: stateless, token-only (no sessions, cookies, forms or CSRF, since no
 * browser session can be ridden). Reads of {@code /graphql} are public unless
 * {@code casefile.security.public-reads} is false; the playground, the schema and health
 * always are. Whether a request may write is decided per operation (see
 * {@link MutationGuard}), since reads and writes share {@code /graphql}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(ApiTokens.class)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain casefileSecurity(HttpSecurity http, ApiTokens tokens) throws Exception {
		http.csrf((csrf) -> csrf.disable())
			.formLogin((form) -> form.disable())
			.httpBasic((basic) -> basic.disable())
			.logout((logout) -> logout.disable())
			.requestCache((cache) -> cache.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.addFilterBefore(new ApiTokenFilter(tokens), AnonymousAuthenticationFilter.class)
			.exceptionHandling((errors) -> errors.authenticationEntryPoint((request, response, ex) -> refuse(response,
					"Reading needs a token on this server (casefile.security.public-reads is false): send the "
							+ "header \"Authorization: Bearer <token>\".")))
			.authorizeHttpRequests((requests) -> {
				if (!tokens.isPublicReads()) {
					requests.requestMatchers("/graphql", "/export/**").authenticated();
				}
				requests.anyRequest().permitAll();
			});
		return http.build();
	}

	/**
	 * No observation of the filter chain, authentications and authorizations: metrics
	 * that no endpoint exposes. Switching them off by property leaves Spring Security
	 * wrapping each of its filters in an observing decorator on every request; these
	 * settings leave the filters unwrapped.
	 */
	@Bean
	SecurityObservationSettings noSecurityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	/** No user accounts: only tokens. Keeps Boot from generating a password. */
	@Bean
	UserDetailsService noUsers() {
		return new InMemoryUserDetailsManager();
	}

	@Bean
	WriterInterceptor writerInterceptor() {
		return new WriterInterceptor();
	}

	@Bean
	MutationGuard mutationGuard() {
		return new MutationGuard();
	}

	/** A GraphQL-shaped 401, so that clients read it like any other error. */
	static void refuse(HttpServletResponse response, String message) throws IOException {
		GraphQlErrorBody.write(response, HttpServletResponse.SC_UNAUTHORIZED, MediaType.APPLICATION_GRAPHQL_RESPONSE,
				ErrorCode.UNAUTHENTICATED, message);
	}

}
