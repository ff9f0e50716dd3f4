/**
 * The command-line door: {@code java -jar casefile.jar import FILE...} hands each file to
 * the door of its format (a tracker, a dataset), with progress and a report a person
 * reads.
 */
@NullMarked
package io.casefile.importing;

import org.jspecify.annotations.NullMarked;
