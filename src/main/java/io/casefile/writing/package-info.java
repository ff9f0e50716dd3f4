/**
 * Writing facts one at a time: sources, organizations, people, roles and events, each
 * fact with a citation; corrections that keep what each source said; retractions that
 * keep the claim but hide it. Every write is idempotent where a natural key exists, runs
 * in one transaction with its audit record, and needs a writer's token.
 */
@NullMarked
package io.casefile.writing;

import org.jspecify.annotations.NullMarked;
