/**
 * Who may write: API tokens, each naming an identity, checked by a Spring Security
 * filter. Reads are public unless configured otherwise; every mutation needs a token, and
 * the identity goes into the audit log.
 */
@NullMarked
package io.casefile.security;

import org.jspecify.annotations.NullMarked;
