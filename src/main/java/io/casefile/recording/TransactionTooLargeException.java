package io.casefile.recording;

import java.util.Set;

import io.casefile.system.ClientError;
import io.casefile.system.ErrorCode;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * A file (or a part of one) whose transaction the database refused for memory: writing it
 * in one transaction needs more than the database's limit for a transaction or for all of
 * them. Nothing of it was written. A door that writes a file in parts (a tracker's rows)
 * writes it again in smaller ones; another refuses the file with {@code IMPORT_REJECTED}
 * and says what to do.
 */
public class TransactionTooLargeException extends RuntimeException implements ClientError {

	/**
	 * The codes of Neo4j's memory limits: one transaction's
	 * ({@code db.memory.transaction.max}), all transactions' together
	 * ({@code dbms.memory.transaction.total.max}, 70% of the heap by default) and the
	 * off-heap one.
	 */
	private static final Set<String> MEMORY_LIMITS = Set.of("Neo.TransientError.General.TransactionOutOfMemoryError",
			"Neo.TransientError.General.MemoryPoolOutOfMemoryError",
			"Neo.TransientError.General.TransactionMemoryLimit");

	TransactionTooLargeException(String what, Neo4jException refusal) {
		super("The " + what + " needs more memory in one transaction than the database allows, and nothing of it "
				+ "was written: split it into smaller files, or give the database more heap (-Xmx) ("
				+ refusal.getMessage() + ")", refusal);
	}

	/** The memory refusal behind a failed write, if that is what it was. */
	static @Nullable Neo4jException memoryRefusal(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof Neo4jException neo4j && MEMORY_LIMITS.contains(neo4j.code())) {
				return neo4j;
			}
		}
		return null;
	}

	@Override
	public ErrorCode code() {
		return ErrorCode.IMPORT_REJECTED;
	}

}
