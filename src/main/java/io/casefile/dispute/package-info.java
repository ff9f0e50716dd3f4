/**
 * Facts the sources disagree about: events whose citations claim different headcounts, or
 * dates that cannot both be right, with what each source says.
 */
@NullMarked
package io.casefile.dispute;

import org.jspecify.annotations.NullMarked;
