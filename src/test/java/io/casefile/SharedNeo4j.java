package io.casefile;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import io.casefile.system.EmbeddedNeo4jSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.harness.Neo4j;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.harness.Neo4jBuilder;
import org.neo4j.harness.Neo4jBuilders;

/**
 * The in-process Neo4j servers (neo4j-harness) that the whole test run shares: each takes
 * seconds to start, so every Spring context of the run points at one of them, and they
 * stop when the JVM does. The tests that read use {@code reads}, which only ever holds
 * the seed and the test datasets; the tests that import and edit ({@link WritingTest})
 * use a graph of their own, {@code writes}, so that what they add never changes what the
 * reading tests see.
 */
public final class SharedNeo4j {

	/**
	 * A graph whose transactions may use little memory
	 * ({@link #SMALL_TRANSACTION_BYTES}), for the tests of a file that one transaction
	 * cannot hold.
	 */
	public static final String SMALL_TRANSACTIONS = "small-transactions";

	/** What a transaction of {@link #SMALL_TRANSACTIONS} may use: 16 MiB. */
	public static final long SMALL_TRANSACTION_BYTES = 16L * 1024 * 1024;

	private static final Map<String, Neo4j> servers = new HashMap<>();

	private SharedNeo4j() {
	}

	@SuppressWarnings("unchecked")
	private static <T> void configure(Neo4jBuilder builder, Setting<T> setting, Object value) {
		builder.withConfig(setting, (T) value);
	}

	public static URI boltUri() {
		return boltUri("reads");
	}

	public static synchronized URI boltUri(String graph) {
		Neo4j neo4j = servers.computeIfAbsent(graph, (name) -> {
			var builder = Neo4jBuilders.newInProcessBuilder().withDisabledServer();
			EmbeddedNeo4jSettings.lean(64L * 1024 * 1024)
				.forEach((setting, value) -> configure(builder, setting, value));
			if (name.equals(SMALL_TRANSACTIONS)) {
				builder.withConfig(GraphDatabaseSettings.memory_transaction_max_size, SMALL_TRANSACTION_BYTES);
			}
			Neo4j started = builder.build();
			Runtime.getRuntime().addShutdownHook(new Thread(started::close));
			return started;
		});
		return neo4j.boltURI();
	}

}
