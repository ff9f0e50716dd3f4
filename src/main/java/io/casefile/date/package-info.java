/**
 * Dates as sources state them ("late October 2025", "Q3 2025"), with their precision and
 * the earliest and latest day they can mean.
 */
@NullMarked
package io.casefile.date;

import org.jspecify.annotations.NullMarked;
