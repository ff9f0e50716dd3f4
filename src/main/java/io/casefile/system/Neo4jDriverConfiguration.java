package io.casefile.system;

import java.util.Set;

import org.neo4j.driver.NotificationClassification;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the driver talks to Neo4j, embedded or external.
 */
@Configuration(proxyBeanMethods = false)
class Neo4jDriverConfiguration {

	/**
	 * No notifications of unknown labels and property keys: Casefile's statements name
	 * optional properties (a claimed amount, a date added) that a young graph does not
	 * hold yet, so the server would send one with nearly every answer, and Spring Data
	 * Neo4j formats each one it receives (a quarter of the application's CPU under load)
	 * before its logger discards it. Performance, deprecation and other notifications
	 * still come.
	 */
	@Bean
	ConfigBuilderCustomizer quietUnrecognizedNames() {
		return (builder) -> builder
			.withDisabledNotificationClassifications(Set.of(NotificationClassification.UNRECOGNIZED));
	}

}
