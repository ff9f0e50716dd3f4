/**
 * Settling which events are one: the waves the reconciliation rule could not settle, and
 * the cited, audited, reversible mutations that settle them.
 */
@NullMarked
package io.casefile.reconciliation;

import org.jspecify.annotations.NullMarked;
