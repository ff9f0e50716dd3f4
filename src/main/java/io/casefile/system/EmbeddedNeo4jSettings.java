package io.casefile.system;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.graphdb.config.Setting;

/**
 * The Neo4j settings that every in-process database of Casefile uses, the application's
 * and the tests'.
 */
public final class EmbeddedNeo4jSettings {

	private EmbeddedNeo4jSettings() {
	}

	/**
	 * Settings that keep an in-process Neo4j small and quick to stop: without them the
	 * page cache takes a share of the machine's memory, an empty store preallocates half
	 * a gigabyte of logs and Bolt waits ten seconds before it closes.
	 */
	public static Map<Setting<?>, Object> lean(long pageCacheBytes) {
		Map<Setting<?>, Object> settings = new HashMap<>();
		settings.put(GraphDatabaseSettings.pagecache_memory, pageCacheBytes);
		settings.put(GraphDatabaseSettings.preallocate_logical_logs, false);
		settings.put(GraphDatabaseSettings.udc_enabled, false);
		settings.put(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO);
		return settings;
	}

}
