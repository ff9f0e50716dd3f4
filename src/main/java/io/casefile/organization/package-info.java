/**
 * Organizations, found by any of their names and aliases.
 */
@NullMarked
package io.casefile.organization;

import org.jspecify.annotations.NullMarked;
