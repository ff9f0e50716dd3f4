/**
 * Casefile's own dataset format and the import path that writes it into the graph, every
 * fact with its citations, all or nothing; the seed article ships in this format.
 */
@NullMarked
package io.casefile.dataset;

import org.jspecify.annotations.NullMarked;
