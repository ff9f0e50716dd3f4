package io.casefile.export;

import java.io.PrintWriter;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every source behind the events, as a Markdown list a journalist pastes under a story or
 * into notes: each source once, with its title (a link when it is an {@code http} or
 * {@code https} address), publisher and publication date, then the events it supports
 * with the excerpt that supports each. Sources come in the order the timeline first cites
 * them. Text from the graph is escaped so that Markdown shows it as written: a title with
 * {@code *} or {@code [} stays a title, and no text becomes a link or HTML.
 */
final class CitationListExport {

	/**
	 * What Markdown could read as syntax anywhere in a line: emphasis, code, links, HTML,
	 * entities, tables, strike-through.
	 */
	private static final Pattern INLINE = Pattern.compile("([\\\\`*_\\[\\]<>&|~])");

	/** What Markdown could read as the start of a block at the start of a text. */
	private static final Pattern BLOCK_START = Pattern.compile("^([#+\\-=>]|\\d+(?=[.)]))");

	private CitationListExport() {
	}

	static void write(List<ExportedEvent> events, ExportView view, LocalDate exportedOn, Writer out) {
		Map<String, ExportedEvent.Source> sources = new LinkedHashMap<>();
		Map<String, List<String>> uses = new LinkedHashMap<>();
		for (ExportedEvent event : events) {
			for (ExportedEvent.Cited citation : event.citations()) {
				sources.putIfAbsent(citation.source().id(), citation.source());
				uses.computeIfAbsent(citation.source().id(), (id) -> new ArrayList<>()).add(use(event, citation));
			}
		}
		PrintWriter md = new PrintWriter(out);
		md.print("# Sources: " + escape(view.description()) + "\n\n");
		md.print("%s behind %s, exported from Casefile on %s.\n\n".formatted(count(sources.size(), "source"),
				count(events.size(), "event"), exportedOn));
		int n = 1;
		for (ExportedEvent.Source source : sources.values()) {
			md.print(n++ + ". " + reference(source) + "\n");
			for (String use : uses.get(source.id())) {
				md.print("    - " + use + "\n");
			}
		}
		md.flush();
	}

	private static String reference(ExportedEvent.Source source) {
		String title = escape(source.label());
		StringBuilder line = new StringBuilder(
				(source.link() != null) ? "[" + title + "](<" + destination(source.link()) + ">)" : title);
		if (source.authorName() != null) {
			line.append(", by ").append(escape(source.authorName()));
		}
		if (source.publisher() != null && !source.publisher().isBlank()) {
			line.append(", ").append(escape(source.publisher()));
		}
		if (source.publishedOn().text() != null) {
			line.append(", ").append(escape(source.publishedOn().text()));
		}
		if (source.link() == null && source.url() != null) {
			line.append(" (").append(escape(source.url())).append(')');
		}
		return line.toString();
	}

	private static String use(ExportedEvent event, ExportedEvent.Cited citation) {
		String when = (event.date().text() != null) ? event.date().text() : "undated";
		String line = escape(when) + ": " + escape(event.title()) + ": \u201C" + escape(citation.excerpt()) + "\u201D";
		if (citation.knownSince() != null) {
			line += " (on record since " + citation.knownSince() + ")";
		}
		return line;
	}

	/**
	 * Text shown as written, lines joined: Markdown's inline syntax escaped, and a start
	 * that would open a heading, list or quote escaped too. The rest stays readable as
	 * plain text.
	 */
	static String escape(String text) {
		String escaped = INLINE.matcher(text.replaceAll("\\s+", " ").strip()).replaceAll("\\\\$1");
		Matcher start = BLOCK_START.matcher(escaped);
		if (!start.find()) {
			return escaped;
		}
		// "2025. A year" would open an ordered list: escape the dot; "# x", "- x": the
		// mark.
		return (start.group(1).charAt(0) >= '0' && start.group(1).charAt(0) <= '9')
				? escaped.substring(0, start.end()) + "\\" + escaped.substring(start.end()) : "\\" + escaped;
	}

	private static String count(int n, String thing) {
		return "%,d %s".formatted(n, thing) + ((n == 1) ? "" : "s");
	}

	/** A link destination inside {@code <...>}: no angle brackets, no line breaks. */
	private static String destination(String url) {
		return url.replace("<", "%3C").replace(">", "%3E").replace(" ", "%20");
	}

}
