package io.casefile.dataset;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.casefile.audit.AuditLog;
import org.neo4j.driver.summary.ResultSummary;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Writes a dataset into the graph in one transaction: it is checked first, against itself
 * and against the graph, and either every fact of it lands with its citations or nothing
 * does.
 */
@Service
public class DatasetImport {

	private final Neo4jClient neo4j;

	private final ImportTransactions transactions;

	private final AuditLog audit;

	DatasetImport(Neo4jClient neo4j, ImportTransactions transactions, AuditLog audit) {
		this.neo4j = neo4j;
		this.transactions = transactions;
		this.audit = audit;
	}

	/**
	 * Writes the dataset, or throws {@link DatasetRejectedException} listing every
	 * problem and writes nothing.
	 */
	public ImportSummary write(Dataset dataset) {
		DatasetCheck check = DatasetCheck.of(dataset);
		return this.transactions.run(() -> {
			Set<String> people = resolveAgainstGraph(check);
			if (!check.problems().isEmpty()) {
				throw new DatasetRejectedException(check.problems());
			}
			return apply(dataset.dataset(), GraphChanges.of(dataset, people), facts(dataset));
		});
	}

	/**
	 * Writes the dataset as {@link #write(Dataset)} does, and records in the audit log,
	 * in the same transaction, that {@code actor} imported it.
	 */
	public ImportSummary write(Dataset dataset, String actor) {
		return this.transactions.run(() -> {
			ImportSummary summary = write(dataset);
			this.audit.record(actor, "IMPORT", dataset.dataset(), List.of(),
					"imported dataset %s: %d facts, %d nodes and %d relationships created".formatted(dataset.dataset(),
							summary.facts(), summary.nodesCreated(), summary.relationshipsCreated()));
			return summary;
		});
	}

	/**
	 * Whether a dataset of this name has been written before.
	 */
	public boolean isWritten(String dataset) {
		return this.neo4j.query(GraphWrites.DATASET_EXISTS)
			.bind(dataset)
			.to("name")
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
	}

	/**
	 * Checks the references the file does not declare, and the names; returns every
	 * person id known.
	 */
	private Set<String> resolveAgainstGraph(DatasetCheck check) {
		check.unresolved().forEach((label, ids) -> {
			Collection<String> existing = existingIds(label, ids.keySet());
			ids.forEach((id, where) -> {
				if (!existing.contains(id)) {
					check.problem(where + ": no " + label.name().toLowerCase() + " with id \"" + id
							+ "\" in the file or the graph");
				}
			});
		});
		Map<String, String> speakers = check.unresolvedSpeakers();
		Set<String> people = new HashSet<>(check.declaredPeople());
		if (!speakers.isEmpty()) {
			Collection<String> knownPeople = existingIds(GraphLabel.Person, speakers.keySet());
			Collection<String> knownOrganizations = existingIds(GraphLabel.Organization, speakers.keySet());
			people.addAll(knownPeople);
			speakers.forEach((id, where) -> {
				if (!knownPeople.contains(id) && !knownOrganizations.contains(id)) {
					check.problem(where + ": no person or organization with id \"" + id + "\"");
				}
			});
		}
		return people;
	}

	private Collection<String> existingIds(GraphLabel label, Collection<String> ids) {
		return this.neo4j.query(GraphWrites.existingIds(label)).bind(ids).to("ids").fetchAs(String.class).all();
	}

	private ImportSummary apply(String dataset, GraphChanges changes, int facts) {
		ZonedDateTime now = ZonedDateTime.now();
		List<ResultSummary> results = new ArrayList<>();
		checkNames(changes);
		changes.nodes.forEach((label, rows) -> results.add(run(GraphWrites.upsertNodes(label), rows, now)));
		results.add(run(GraphWrites.ORGANIZATION_NAMES, changes.names, now));
		changes.links.forEach((link, rows) -> results.add(run(GraphWrites.link(link), rows, now)));
		changes.citations.forEach((label, rows) -> results.add(run(GraphWrites.cite(label), rows, now)));
		results.add(this.neo4j.query(GraphWrites.RECORD_DATASET).bindAll(Map.of("name", dataset, "now", now)).run());
		int nodes = results.stream().mapToInt((r) -> r.counters().nodesCreated()).sum();
		int relationships = results.stream().mapToInt((r) -> r.counters().relationshipsCreated()).sum();
		return new ImportSummary(dataset, nodes, relationships, facts);
	}

	/**
	 * A name or alias belongs to one organization: "Amazon" cannot also name another
	 * company.
	 */
	private void checkNames(GraphChanges changes) {
		List<String> conflicts = new ArrayList<>(this.neo4j.query(GraphWrites.NAME_CONFLICTS)
			.bind(changes.names)
			.to("rows")
			.fetchAs(String.class)
			.mappedBy((types, record) -> "organizations: the name \"" + record.get("name").asString() + "\" of \""
					+ record.get("organization").asString() + "\" already names \"" + record.get("owner").asString()
					+ "\"")
			.all());
		if (!conflicts.isEmpty()) {
			throw new DatasetRejectedException(conflicts);
		}
	}

	private ResultSummary run(String cypher, List<Map<String, Object>> rows, ZonedDateTime now) {
		return this.neo4j.query(cypher).bindAll(Map.of("rows", rows, "now", now)).run();
	}

	private static int facts(Dataset dataset) {
		int figures = dataset.events()
			.stream()
			.mapToInt((e) -> size(e.figures()) + size(e.inputs()) + ((e.result() != null) ? 1 : 0))
			.sum();
		return dataset.events().size() + figures + dataset.roles().size() + dataset.projects().size();
	}

	private static int size(List<?> list) {
		return (list != null) ? list.size() : 0;
	}

}
