/**
 * Organizations, found by any of their names and aliases. Other features' fields of an
 * organization (its timeline) may be read in the statement that finds it by id: they
 * declare a {@link io.casefile.system.ReadAlong}.
 */
@NullMarked
package io.casefile.organization;

import org.jspecify.annotations.NullMarked;
