package io.casefile.system;

/**
 * The stable codes every GraphQL error carries in {@code extensions.code}; clients branch
 * on these, never on messages.
 */
public enum ErrorCode {

	/** An id or name that the graph does not have. */
	NOT_FOUND,
	/**
	 * A name that fits more than one organization once spelling and legal forms are set
	 * aside; {@code extensions.candidates} lists them, and none is guessed.
	 */
	AMBIGUOUS,
	/** An argument out of range or inconsistent with another, or a malformed date. */
	INVALID_ARGUMENT,
	/** A write (or, where reads are private, a read) without a valid token. */
	UNAUTHENTICATED,
	/** A fact written without a citation; nothing was written. */
	CITATION_REQUIRED,
	/** A dataset refused whole; nothing of it was written. */
	IMPORT_REJECTED,
	/** A request the schema does not allow (unknown field, wrong type). */
	GRAPHQL_VALIDATION_FAILED,
	/** A request that is not GraphQL. */
	GRAPHQL_PARSE_FAILED,
	/**
	 * An HTTP request that is not a GraphQL request at all: not a JSON object, no
	 * {@code query}, {@code variables} that are not an object, a body too large, a
	 * content type other than {@code application/json}.
	 */
	BAD_REQUEST,
	/**
	 * A request that could cost more than the limits allow (too deep, too many nodes, too
	 * many searches or path searches, introspection out of proportion); refused before it
	 * ran.
	 */
	QUERY_TOO_EXPENSIVE,
	/** A database transaction ran past its timeout; ask for less. */
	QUERY_TIMEOUT,
	/**
	 * The database did not answer in time or could not be reached; the request may be
	 * retried.
	 */
	DATABASE_UNAVAILABLE,
	/** A fault on Casefile's side; nothing of the request was written. */
	INTERNAL

}
