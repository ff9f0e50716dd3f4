package io.casefile;

import java.net.URI;

import io.casefile.system.EmbeddedNeo4jSettings;
import org.neo4j.harness.Neo4j;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.harness.Neo4jBuilder;
import org.neo4j.harness.Neo4jBuilders;

/**
 * The one in-process Neo4j (neo4j-harness) that the whole test run shares: it takes
 * seconds to start, so every Spring context of the run points at it, and it stops when
 * the JVM does.
 */
public final class SharedNeo4j {

	private static Neo4j neo4j;

	private SharedNeo4j() {
	}

	@SuppressWarnings("unchecked")
	private static <T> void configure(Neo4jBuilder builder, Setting<T> setting, Object value) {
		builder.withConfig(setting, (T) value);
	}

	public static synchronized URI boltUri() {
		if (neo4j == null) {
			var builder = Neo4jBuilders.newInProcessBuilder().withDisabledServer();
			EmbeddedNeo4jSettings.lean(64L * 1024 * 1024)
				.forEach((setting, value) -> configure(builder, setting, value));
			neo4j = builder.build();
			Runtime.getRuntime().addShutdownHook(new Thread(neo4j::close));
		}
		return neo4j.boltURI();
	}

}
