/**
 * Cross-cutting configuration: the embedded Neo4j, schema migrations, error codes, CORS
 * and start-up messages.
 */
@NullMarked
package io.casefile.system;

import org.jspecify.annotations.NullMarked;
