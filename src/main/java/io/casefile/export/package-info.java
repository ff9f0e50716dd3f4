/**
 * Exports: the events a filter answers as files a journalist takes into other tools (CSV
 * for spreadsheets, TimelineJS JSON, GraphML for Gephi, a Markdown list of sources). The
 * exports ask the public GraphQL API, like the timeline page, and import no feature but
 * the recording core's rule of what a source's address may be.
 */
@NullMarked
package io.casefile.export;

import org.jspecify.annotations.NullMarked;
