package io.casefile.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where and how the embedded Neo4j runs when no external server is configured.
 *
 * @param enabled whether to start the embedded database when {@code spring.neo4j.uri} is
 * not set
 * @param home the folder that holds the database files
 * @param boltHost the address Bolt listens on; loopback by default, since the embedded
 * database has no authentication
 * @param boltPort the Bolt port; 0 picks a free one
 * @param pageCache the memory Neo4j may use to cache the store
 */
@ConfigurationProperties("casefile.neo4j.embedded")
public record EmbeddedNeo4jProperties(@DefaultValue("true") boolean enabled, @DefaultValue("data/neo4j") Path home,
		@DefaultValue("127.0.0.1") String boltHost, @DefaultValue("7687") int boltPort,
		@DefaultValue("256MB") DataSize pageCache) {
}
