package io.casefile.event;

import java.util.List;

import io.casefile.date.StatedDate;
import io.casefile.system.Page;
import org.jspecify.annotations.Nullable;

/**
 * The answer to "which events of a kind came after the first period in which a metric
 * crossed a value".
 *
 * @param anchorPeriod the first period in which the metric crossed the value, or null
 * when none did
 * @param anchorFigure the figure that crossed it
 * @param anchorDate the time of the period the comparison used
 * @param events the page of events after the anchor
 * @param totalCount how many events are after the anchor, on all pages
 * @param totalHeadcount the sum of their headcounts when they are layoff waves with
 * headcounts
 */
record EventsAfterFinancialThreshold(Event.@Nullable FinancialResult anchorPeriod, Event.@Nullable Figure anchorFigure,
		@Nullable StatedDate anchorDate, EventAfterConnection events, int totalCount,
		@Nullable Integer totalHeadcount) {

	static EventsAfterFinancialThreshold none() {
		return new EventsAfterFinancialThreshold(null, null, null,
				new EventAfterConnection(List.of(), new Page.PageInfo(false, false, null, null)), 0, null);
	}

	/** A page of events after an anchor. */
	record EventAfterConnection(List<EventAfterEdge> edges, Page.PageInfo pageInfo) {
	}

	/** An event after the anchor, with how certain that order is. */
	record EventAfterEdge(Event node, Certainty certainty, String cursor) {
	}

}
