/**
 * Who changed what, and when: every write records a change, in the transaction that makes
 * it, with the identity of the credential that asked for it.
 */
@NullMarked
package io.casefile.audit;

import org.jspecify.annotations.NullMarked;
