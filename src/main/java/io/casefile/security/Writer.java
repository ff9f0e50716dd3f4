package io.casefile.security;

import graphql.GraphQLContext;

/**
 * The identity a request writes as, from its token; the audit log records it.
 */
public record Writer(String identity) {

	/** The key under which a request's writer is kept in its GraphQL context. */
	static final String CONTEXT_KEY = Writer.class.getName();

	/**
	 * The writer of the request this context belongs to.
	 * @throws UnauthenticatedException when the request carries no valid token
	 */
	public static Writer of(GraphQLContext context) {
		Writer writer = context.get(CONTEXT_KEY);
		if (writer == null) {
			throw new UnauthenticatedException();
		}
		return writer;
	}

}
