/**
 * Events on timelines: layoff waves, statements, capex, financial results and the rest,
 * each dated as its source stated it and cited; the timeline and the temporal questions
 * asked of it.
 */
@NullMarked
package io.casefile.event;

import org.jspecify.annotations.NullMarked;
