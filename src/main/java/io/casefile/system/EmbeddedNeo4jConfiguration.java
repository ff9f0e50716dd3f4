package io.casefile.system;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.ConfigurationCondition;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded Neo4j unless {@code spring.neo4j.uri} names an external server, and
 * points the driver at it: the driver depends on the database, so it starts after it and
 * closes before it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EmbeddedNeo4jProperties.class)
@Conditional(EmbeddedNeo4jConfiguration.NoExternalNeo4j.class)
class EmbeddedNeo4jConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jProperties properties) {
		return EmbeddedNeo4j.start(properties);
	}

	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j neo4j) {
		return new Neo4jConnectionDetails() {
			@Override
			public URI getUri() {
				return neo4j.boltUri();
			}

			@Override
			public AuthToken getAuthToken() {
				return AuthTokens.none();
			}
		};
	}

	/**
	 * True when no external server is configured and the embedded database is not
	 * switched off.
	 */
	static class NoExternalNeo4j implements ConfigurationCondition {

		@Override
		public ConfigurationPhase getConfigurationPhase() {
			return ConfigurationPhase.REGISTER_BEAN;
		}

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			var env = context.getEnvironment();
			return !StringUtils.hasText(env.getProperty("spring.neo4j.uri"))
					&& env.getProperty("casefile.neo4j.embedded.enabled", Boolean.class, true);
		}

	}

}
