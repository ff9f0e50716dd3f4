/**
 * The journalist's question language: one event filter for listing events anywhere, time
 * relations between events, and statistics over them, each compiled into one Cypher
 * statement with bound parameters.
 */
@NullMarked
package io.casefile.question;

import org.jspecify.annotations.NullMarked;
