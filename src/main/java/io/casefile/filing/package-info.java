/**
 * The filing door: the SEC's XBRL "company facts" JSON (one company's file, or the bulk
 * {@code companyfacts.zip}), read as a stream, turned into each fiscal quarter's revenue,
 * net income, operating cash flow, capital expenditure and free cash flow, and handed to
 * the recording core with each filing as a source. It only reads its format: what a fact
 * is and how it is written is the core's.
 */
@NullMarked
package io.casefile.filing;

import org.jspecify.annotations.NullMarked;
