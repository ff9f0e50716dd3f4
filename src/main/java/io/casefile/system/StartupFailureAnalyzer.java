package io.casefile.system;

import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Turns the start-up failures a newcomer meets, a taken Bolt port, a data folder another
 * process holds and an unreachable Neo4j, into one message that says what to do, instead
 * of a stack trace.
 */
public class StartupFailureAnalyzer implements FailureAnalyzer {

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof EmbeddedNeo4j.BoltPortTakenException taken) {
				return new FailureAnalysis(
						"The embedded Neo4j could not listen for Bolt on " + taken.address()
								+ ": another process (often another Neo4j or Casefile) uses that port.",
						"Stop the other process, or start Casefile with another port "
								+ "(CASEFILE_BOLT_PORT=7688, or 0 for any free port), "
								+ "or use that server instead by setting NEO4J_URI.",
						t);
			}
			if (t instanceof EmbeddedNeo4j.DatabaseInUseException inUse) {
				return new FailureAnalysis(inUse.getMessage() + ": a Casefile server or import already runs on it.",
						"Stop the other process, or give this one a data folder of its own (CASEFILE_DATA), "
								+ "or use the running server's database by setting NEO4J_URI=bolt://localhost:7687.",
						t);
			}
			if (t instanceof ServiceUnavailableException) {
				return new FailureAnalysis("Neo4j could not be reached: " + t.getMessage(),
						"Check that the server named by NEO4J_URI (spring.neo4j.uri) is running and reachable, "
								+ "or unset NEO4J_URI to use the embedded database.",
						t);
			}
			if (t instanceof AuthenticationException) {
				return new FailureAnalysis("Neo4j refused the credentials: " + t.getMessage(),
						"Set NEO4J_USERNAME and NEO4J_PASSWORD to the server's user and password.", t);
			}
		}
		return null;
	}

}
