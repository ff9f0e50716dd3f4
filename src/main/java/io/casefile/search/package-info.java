/**
 * Full-text search over events and the excerpts that cite them.
 */
@NullMarked
package io.casefile.search;

import org.jspecify.annotations.NullMarked;
