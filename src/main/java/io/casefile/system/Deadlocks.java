package io.casefile.system;

import java.util.function.Supplier;

import org.neo4j.driver.exceptions.Neo4jException;
import org.springframework.dao.TransientDataAccessException;

/**
 * Runs a write again when Neo4j rolled its transaction back for a deadlock: two writers
 * creating the same new facts at once can each hold a lock the other needs. Every write
 * of Casefile is a MERGE, so running it again is safe. Other transient failures (a
 * transaction out of memory) are not retried.
 */
public final class Deadlocks {

	/** How many times a write is tried in all. */
	static final int ATTEMPTS = 3;

	private Deadlocks() {
	}

	/** The write's result; it runs in a transaction of its own each time. */
	public static <T> T retry(Supplier<T> write) {
		for (int attempt = 1;; attempt++) {
			try {
				return write.get();
			}
			catch (TransientDataAccessException ex) {
				if (attempt == ATTEMPTS || !(ex.getCause() instanceof Neo4jException cause)
						|| !cause.code().endsWith("DeadlockDetected")) {
					throw ex;
				}
			}
		}
	}

}
