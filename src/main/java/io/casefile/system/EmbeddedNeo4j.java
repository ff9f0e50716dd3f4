package io.casefile.system;

import java.net.BindException;
import java.net.URI;
import java.nio.file.Path;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.locker.FileLockException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Neo4j running inside the application's process, reachable over Bolt like any
 * server.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

	private final DatabaseManagementService service;

	private final URI boltUri;

	private final Path home;

	private EmbeddedNeo4j(DatabaseManagementService service, URI boltUri, Path home) {
		this.service = service;
		this.boltUri = boltUri;
		this.home = home;
	}

	/**
	 * Starts the database; a taken Bolt port fails with a {@link BoltPortTakenException}
	 * that says what to do.
	 */
	public static EmbeddedNeo4j start(EmbeddedNeo4jProperties properties) {
		Path home = properties.home().toAbsolutePath().normalize();
		log.info("Starting the embedded Neo4j in {}, with a page cache of up to {} MB", home,
				properties.pageCache().toMegabytes());
		DatabaseManagementService service;
		try {
			service = new DatabaseManagementServiceBuilder(home)
				.setConfig(EmbeddedNeo4jSettings.lean(properties.pageCache().toBytes()))
				.setConfig(GraphDatabaseSettings.auth_enabled, false)
				.setConfig(BoltConnector.enabled, true)
				.setConfig(BoltConnector.listen_address,
						new SocketAddress(properties.boltHost(), properties.boltPort()))
				.build();
		}
		catch (RuntimeException ex) {
			if (causedBy(ex, BindException.class)) {
				throw new BoltPortTakenException(properties.boltHost(), properties.boltPort(), ex);
			}
			if (causedBy(ex, FileLockException.class)) {
				throw new DatabaseInUseException(home, ex);
			}
			throw ex;
		}
		GraphDatabaseAPI db = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		var address = db.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		URI boltUri = URI.create("bolt://" + address.getHost() + ":" + address.getPort());
		return new EmbeddedNeo4j(service, boltUri, home);
	}

	private static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (type.isInstance(t)) {
				return true;
			}
		}
		return false;
	}

	public URI boltUri() {
		return this.boltUri;
	}

	public Path home() {
		return this.home;
	}

	@Override
	public void close() {
		log.info("Stopping the embedded Neo4j");
		this.service.shutdown();
	}

	/**
	 * Another process (a running server, an import) holds the database's lock: one
	 * process at a time may open a data folder.
	 */
	public static final class DatabaseInUseException extends RuntimeException {

		private final Path home;

		DatabaseInUseException(Path home, Throwable cause) {
			super("The database in " + home + " is in use by another process", cause);
			this.home = home;
		}

		public Path home() {
			return this.home;
		}

	}

	/**
	 * The Bolt port the embedded database wants is used by another process.
	 */
	public static final class BoltPortTakenException extends RuntimeException {

		private final String host;

		private final int port;

		BoltPortTakenException(String host, int port, Throwable cause) {
			super("Bolt port " + host + ":" + port + " is already in use", cause);
			this.host = host;
			this.port = port;
		}

		public String address() {
			return this.host + ":" + this.port;
		}

	}

}
