/**
 * What the CSV doors share: records read a line at a time with strict UTF-8 and their
 * lines, and columns found by their usual names.
 */
@NullMarked
package io.casefile.csv;

import org.jspecify.annotations.NullMarked;
