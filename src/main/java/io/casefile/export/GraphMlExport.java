package io.casefile.export;

import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.jspecify.annotations.Nullable;

/**
 * The events as a graph in GraphML, which Gephi, yEd and graph libraries read:
 * organizations, people, events and sources as nodes (each with {@code label} and
 * {@code type}), and their links as edges: {@code CONCERNS} from an event to an
 * organization, {@code MADE_BY} from a projection to its analyst, {@code SAID_BY} from a
 * statement to its speaker, {@code ISSUED_BY} from a policy to a person, and
 * {@code CITED_IN} from an event to a source, with the excerpt and the day it is on
 * record since.
 */
final class GraphMlExport {

	private static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";

	/** The attributes: id, the element it is for, its name, its type. */
	private static final List<String[]> KEYS = List.of(new String[] { "label", "node", "label", "string" },
			new String[] { "type", "node", "type", "string" }, new String[] { "kind", "node", "kind", "string" },
			new String[] { "date_text", "node", "date_text", "string" },
			new String[] { "date_precision", "node", "date_precision", "string" },
			new String[] { "date_earliest", "node", "date_earliest", "string" },
			new String[] { "date_latest", "node", "date_latest", "string" },
			new String[] { "headcount", "node", "headcount", "int" },
			new String[] { "amount", "node", "amount", "double" },
			new String[] { "currency", "node", "currency", "string" },
			new String[] { "facts", "node", "facts", "string" }, new String[] { "url", "node", "url", "string" },
			new String[] { "author", "node", "author", "string" },
			new String[] { "publisher", "node", "publisher", "string" },
			new String[] { "published", "node", "published", "string" },
			new String[] { "relation", "edge", "relation", "string" },
			new String[] { "excerpt", "edge", "excerpt", "string" },
			new String[] { "known_since", "edge", "known_since", "string" });

	private GraphMlExport() {
	}

	static void write(List<ExportedEvent> events, ExportView view, Writer out) {
		Map<String, Map<String, @Nullable Object>> nodes = new LinkedHashMap<>();
		Map<String, Map<String, @Nullable Object>> edges = new LinkedHashMap<>();
		for (ExportedEvent event : events) {
			String e = "event:" + event.id();
			nodes.put(e, eventNode(event));
			for (ExportedEvent.Named concerned : event.organizations()) {
				String o = organization(nodes, concerned);
				edges.put(e + ">CONCERNS>" + o, edge(e, o, "CONCERNS"));
			}
			if (event.analyst() != null) {
				edges.put(e + ">MADE_BY", edge(e, organization(nodes, event.analyst()), "MADE_BY"));
			}
			if (event.speaker() != null) {
				ExportedEvent.Named speaker = new ExportedEvent.Named(event.speaker().id(), event.speaker().name());
				String s = event.speaker().person() ? person(nodes, speaker) : organization(nodes, speaker);
				edges.put(e + ">SAID_BY", edge(e, s, "SAID_BY"));
			}
			if (event.issuedBy() != null) {
				edges.put(e + ">ISSUED_BY", edge(e, person(nodes, event.issuedBy()), "ISSUED_BY"));
			}
			for (ExportedEvent.Cited citation : event.citations()) {
				String s = source(nodes, citation.source());
				Map<String, @Nullable Object> edge = edge(e, s, "CITED_IN");
				edge.put("excerpt", citation.excerpt());
				edge.put("known_since", (citation.knownSince() != null) ? citation.knownSince().toString() : null);
				// An event cited twice by one source keeps both excerpts as two edges.
				edges.put(e + ">CITED_IN>" + s + ">" + edges.size(), edge);
			}
		}
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeCharacters("\n");
			xml.writeComment(" " + text("Casefile: " + view.description()).replace("--", "- -") + " ");
			xml.writeCharacters("\n");
			xml.writeStartElement("graphml");
			xml.writeDefaultNamespace(NAMESPACE);
			for (String[] key : KEYS) {
				xml.writeCharacters("\n  ");
				xml.writeEmptyElement("key");
				xml.writeAttribute("id", key[0]);
				xml.writeAttribute("for", key[1]);
				xml.writeAttribute("attr.name", key[2]);
				xml.writeAttribute("attr.type", key[3]);
			}
			xml.writeCharacters("\n  ");
			xml.writeStartElement("graph");
			xml.writeAttribute("id", "casefile");
			xml.writeAttribute("edgedefault", "directed");
			for (Map.Entry<String, Map<String, @Nullable Object>> node : nodes.entrySet()) {
				xml.writeCharacters("\n    ");
				xml.writeStartElement("node");
				xml.writeAttribute("id", text(node.getKey()));
				data(xml, node.getValue());
				xml.writeEndElement();
			}
			int id = 0;
			for (Map<String, @Nullable Object> edge : edges.values()) {
				xml.writeCharacters("\n    ");
				xml.writeStartElement("edge");
				xml.writeAttribute("id", "e" + id++);
				xml.writeAttribute("source", text((String) edge.remove("source")));
				xml.writeAttribute("target", text((String) edge.remove("target")));
				data(xml, edge);
				xml.writeEndElement();
			}
			xml.writeCharacters("\n  ");
			xml.writeEndElement();
			xml.writeCharacters("\n");
			xml.writeEndElement();
			xml.writeCharacters("\n");
			xml.writeEndDocument();
			xml.flush();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write the GraphML export", ex);
		}
	}

	private static Map<String, @Nullable Object> eventNode(ExportedEvent event) {
		Map<String, @Nullable Object> node = node(event.title(), "Event");
		node.put("kind", event.kind());
		node.put("date_text", event.date().text());
		node.put("date_precision", event.date().precision());
		node.put("date_earliest", (event.date().earliest() != null) ? event.date().earliest().toString() : null);
		node.put("date_latest", (event.date().latest() != null) ? event.date().latest().toString() : null);
		node.put("headcount", event.headcount());
		node.put("amount", (event.amount() != null) ? event.amount().value() : null);
		node.put("currency", (event.amount() != null) ? event.amount().currency() : null);
		node.put("facts", event.facts().isEmpty() ? null : event.factsLine());
		return node;
	}

	private static String organization(Map<String, Map<String, @Nullable Object>> nodes,
			ExportedEvent.Named organization) {
		String id = "organization:" + organization.id();
		nodes.computeIfAbsent(id, (k) -> node(organization.name(), "Organization"));
		return id;
	}

	private static String person(Map<String, Map<String, @Nullable Object>> nodes, ExportedEvent.Named person) {
		String id = "person:" + person.id();
		nodes.computeIfAbsent(id, (k) -> node(person.name(), "Person"));
		return id;
	}

	private static String source(Map<String, Map<String, @Nullable Object>> nodes, ExportedEvent.Source source) {
		String id = "source:" + source.id();
		nodes.computeIfAbsent(id, (k) -> {
			Map<String, @Nullable Object> node = node(source.label(), "Source");
			node.put("url", source.url());
			node.put("author", source.authorName());
			node.put("publisher", source.publisher());
			node.put("published", source.publishedOn().text());
			return node;
		});
		return id;
	}

	private static Map<String, @Nullable Object> node(String label, String type) {
		Map<String, @Nullable Object> node = new LinkedHashMap<>();
		node.put("label", label);
		node.put("type", type);
		return node;
	}

	private static Map<String, @Nullable Object> edge(String source, String target, String relation) {
		Map<String, @Nullable Object> edge = new LinkedHashMap<>();
		edge.put("source", source);
		edge.put("target", target);
		edge.put("relation", relation);
		return edge;
	}

	private static void data(XMLStreamWriter xml, Map<String, @Nullable Object> values) throws XMLStreamException {
		for (Map.Entry<String, @Nullable Object> value : values.entrySet()) {
			if (value.getValue() == null) {
				continue;
			}
			xml.writeStartElement("data");
			xml.writeAttribute("key", value.getKey());
			xml.writeCharacters(text(String.valueOf(value.getValue())));
			xml.writeEndElement();
		}
	}

	/**
	 * Text XML 1.0 can hold: the control characters it forbids, and halves of surrogate
	 * pairs, are left out (the writer escapes {@code <}, {@code &} and quotes).
	 */
	static String text(String value) {
		StringBuilder kept = new StringBuilder(value.length());
		value.codePoints().forEach((c) -> {
			boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
					|| (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
			if (allowed) {
				kept.appendCodePoint(c);
			}
		});
		return kept.toString();
	}

}
