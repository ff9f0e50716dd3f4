package io.casefile.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * The events in Knight Lab's TimelineJS JSON format
 * (<a href="https://timeline.knightlab.com/docs/json-format.html">its documentation</a>):
 * a title slide and one slide per dated event. A slide's dates follow the event's bounds
 * and precision: a day is a day; a month, part of a month or a quarter starts at its
 * first day and ends at its last, shown as the source wrote it ({@code display_date}). An
 * undated event has no place on TimelineJS's axis: it is left out, and the title slide
 * says how many were.
 *
 * <p>
 * TimelineJS shows {@code text} as HTML: every text from the graph is escaped, and only
 * {@code http}/{@code https} sources become links.
 */
final class TimelineJsExport {

	/**
	 * The precisions whose bounds are not one unit of TimelineJS, which get an end date.
	 */
	private static final Set<String> SPANS = Set.of("PART_OF_MONTH", "QUARTER", "YEAR_SPAN", "DAY_SPAN");

	private TimelineJsExport() {
	}

	static Map<String, Object> of(List<ExportedEvent> events, ExportView view, LocalDate exportedOn) {
		List<Object> slides = new ArrayList<>();
		int undated = 0;
		for (ExportedEvent event : events) {
			if (event.date().known()) {
				slides.add(slide(event));
			}
			else {
				undated++;
			}
		}
		String summary = "%d events from Casefile (%s), exported on %s.".formatted(slides.size(), view.description(),
				exportedOn);
		if (undated > 0) {
			summary += " %d undated %s left out: TimelineJS needs a date to place an event.".formatted(undated,
					(undated == 1) ? "event is" : "events are");
		}
		Map<String, Object> timeline = new LinkedHashMap<>();
		timeline.put("title", Map.of("text",
				Map.of("headline", html("Casefile: " + view.description()), "text", "<p>" + html(summary) + "</p>")));
		timeline.put("events", slides);
		timeline.put("scale", "human");
		return timeline;
	}

	private static Map<String, Object> slide(ExportedEvent event) {
		Map<String, Object> slide = new LinkedHashMap<>();
		ExportedEvent.When date = event.date();
		slide.put("start_date", date(date.earliest(), date.precision(), date.text()));
		if (date.latest() != null && SPANS.contains(date.precision())) {
			slide.put("end_date", date(date.latest(), date.precision(), null));
		}
		if (date.text() != null) {
			slide.put("display_date", html(date.text()));
		}
		slide.put("text", Map.of("headline", html(event.title()), "text", body(event)));
		slide.put("group", group(event.kind()));
		slide.put("unique_id", "casefile-" + event.id().replaceAll("[^A-Za-z0-9_-]", "-"));
		slide.put("autolink", false);
		return slide;
	}

	/**
	 * A TimelineJS date: the year always, the month and day as far as the precision goes.
	 * A month or a year is its own unit; part of a month, a quarter and a span of years
	 * are told by their first and last days.
	 */
	private static Map<String, Object> date(LocalDate day, String precision, @Nullable String text) {
		Map<String, Object> date = new LinkedHashMap<>();
		date.put("year", day.getYear());
		if (!precision.equals("YEAR") && !precision.equals("YEAR_SPAN")) {
			date.put("month", day.getMonthValue());
		}
		if (!precision.equals("YEAR") && !precision.equals("YEAR_SPAN") && !precision.equals("MONTH")) {
			date.put("day", day.getDayOfMonth());
		}
		if (text != null) {
			date.put("display_date", html(text));
		}
		return date;
	}

	private static String body(ExportedEvent event) {
		StringBuilder html = new StringBuilder();
		if (event.summary() != null) {
			html.append("<p>").append(html(event.summary())).append("</p>");
		}
		if (event.quote() != null) {
			html.append("<blockquote>").append(html(event.quote())).append("</blockquote>");
		}
		if (!event.facts().isEmpty()) {
			html.append("<ul>");
			event.facts()
				.forEach((name, value) -> html.append("<li>")
					.append(html(name))
					.append(": ")
					.append(html(value))
					.append("</li>"));
			html.append("</ul>");
		}
		html.append("<p>Sources:</p><ol>");
		for (ExportedEvent.Cited citation : event.citations()) {
			ExportedEvent.Source source = citation.source();
			html.append("<li>");
			String label = html(source.label());
			html.append((source.link() != null) ? "<a href=\"" + html(source.link()) + "\">" + label + "</a>" : label);
			if (source.authorName() != null) {
				html.append(", by ").append(html(source.authorName()));
			}
			if (source.publisher() != null) {
				html.append(", ").append(html(source.publisher()));
			}
			html.append(": \u201C").append(html(citation.excerpt())).append("\u201D</li>");
		}
		html.append("</ol>");
		return html.toString();
	}

	private static String group(String kind) {
		String words = kind.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	private static String html(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
