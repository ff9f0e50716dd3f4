package io.casefile.system;

import java.util.Set;

import org.neo4j.driver.Logging;
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

	/**
	 * The driver logs through SLF4J (Logback's levels,
	 * {@code logging.level.org.neo4j.driver}). Its default, {@code System.Logger},
	 * formats every debug message before asking whether debug is on: each Bolt message, a
	 * 10,000-row import batch's parameters included, was turned into text and thrown away
	 * (a twentieth of an import's CPU). The SLF4J logger asks first. {@code Logging} is
	 * deprecated in driver 6 in favour of that {@code System.Logger}; revisit when the
	 * driver checks before formatting.
	 */
	@Bean
	@SuppressWarnings("deprecation")
	ConfigBuilderCustomizer loggingThroughSlf4j() {
		return (builder) -> builder.withLogging(Logging.slf4j());
	}

}
