package io.casefile.export;

import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;

import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;

/**
 * A GraphML export as JGraphT's importer reads it (validating it against the GraphML
 * schema): the graph, and each node's and edge's attributes by name.
 */
record GraphMlFile(DirectedPseudograph<String, DefaultEdge> graph, Map<String, Map<String, String>> nodes,
		Map<DefaultEdge, Map<String, String>> edges) {

	static GraphMlFile read(String graphMl) {
		GraphMlFile file = new GraphMlFile(new DirectedPseudograph<>(SupplierUtil.createStringSupplier(),
				SupplierUtil.DEFAULT_EDGE_SUPPLIER, false), new HashMap<>(), new HashMap<>());
		GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
		importer.setSchemaValidation(true);
		importer.addVertexAttributeConsumer((key, value) -> file.nodes()
			.computeIfAbsent(key.getFirst(), (v) -> new HashMap<>())
			.put(key.getSecond(), value.getValue()));
		importer.addEdgeAttributeConsumer((key, value) -> file.edges()
			.computeIfAbsent(key.getFirst(), (e) -> new HashMap<>())
			.put(key.getSecond(), value.getValue()));
		importer.importGraph(file.graph(), new StringReader(graphMl));
		return file;
	}

	/** The node of this type and label. */
	String node(String type, String label) {
		return this.nodes.entrySet()
			.stream()
			.filter((n) -> type.equals(n.getValue().get("type")) && label.equals(n.getValue().get("label")))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + type + " " + label + " in " + this.nodes.values()));
	}

}
