/**
 * Sources and citations: where every fact comes from, and the sentence that says it.
 */
@NullMarked
package io.casefile.source;

import org.jspecify.annotations.NullMarked;
