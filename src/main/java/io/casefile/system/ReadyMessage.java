package io.casefile.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Logs the one line a newcomer looks for once the application can answer: where GraphiQL
 * and Bolt are.
 */
@Component
class ReadyMessage {

	private static final Logger log = LoggerFactory.getLogger(ReadyMessage.class);

	private final ObjectProvider<Neo4jConnectionDetails> connectionDetails;

	private final Environment environment;

	ReadyMessage(ObjectProvider<Neo4jConnectionDetails> connectionDetails, Environment environment) {
		this.connectionDetails = connectionDetails;
		this.environment = environment;
	}

	@EventListener
	void onReady(ApplicationReadyEvent event) {
		if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
			return;
		}
		int port = web.getWebServer().getPort();
		String graphiql = this.environment.getProperty("spring.graphql.graphiql.path", "/graphiql");
		Neo4jConnectionDetails details = this.connectionDetails.getIfAvailable();
		String bolt = (details != null) ? details.getUri().toString()
				: this.environment.getProperty("spring.neo4j.uri", "?");
		log.info("Casefile is ready: GraphiQL at http://localhost:{}{}, Neo4j Bolt at {}", port, graphiql, bolt);
	}

}
