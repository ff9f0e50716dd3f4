package io.casefile.recording;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.casefile.audit.AuditLog;
import io.casefile.system.Deadlocks;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.summary.ResultSummary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one place facts are written, whichever door brings them (a mutation, a dataset, a
 * tracker, a filing): it checks a {@link Recording} on its own ({@link FactCheck}), then,
 * in one transaction under the recording lock, decides what each fact is
 * ({@link Resolution}: natural keys, identifiers, names), plans the writes
 * ({@link Plan}), writes them in batched statements, and records the change in the audit
 * log. All of it lands or none of it does; a problem refuses the whole recording and
 * names every fault.
 * <p>
 * One recording runs at a time (the lock): what the reads decide still holds when the
 * writes run, racing writers of one fact see each other's work (exactly one creates it;
 * the others find it unchanged), and no two writers deadlock. A transaction Neo4j rolls
 * back for a deadlock all the same (another writer outside the core) is run again.
 */
@Service
@EnableConfigurationProperties(Reconciliation.class)
public class Recorder {

	/**
	 * Rows per statement: large enough to amortise a round trip, small enough to stream.
	 */
	static final int BATCH = 10_000;

	private final Neo4jClient neo4j;

	private final AuditLog audit;

	private final Reconciliation rule;

	private final TransactionTemplate files;

	private final TransactionTemplate facts;

	private final TransactionTemplate reads;

	Recorder(Neo4jClient neo4j, PlatformTransactionManager transactions, AuditLog audit, Reconciliation rule,
			@Value("${casefile.import.timeout:1h}") Duration importTimeout) {
		this.neo4j = neo4j;
		this.audit = audit;
		this.rule = rule;
		this.files = new TransactionTemplate(transactions);
		// A large file takes longer than a request's transaction may.
		this.files.setTimeout((int) importTimeout.toSeconds());
		this.facts = new TransactionTemplate(transactions);
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
	}

	/**
	 * Records the facts of a file: refused whole with {@code IMPORT_REJECTED} ("the
	 * {@code what} was rejected") on any problem, or with a
	 * {@link TransactionTooLargeException} when the database refuses its transaction for
	 * memory; audited as one import when it changed anything.
	 * @param what what the file is, as a refusal names it: "tracker", "dataset", "filing"
	 */
	public RecordingReport recordFile(Recording recording, String what) {
		return recordFile(recording, what, null);
	}

	/**
	 * Records a part of a file in a transaction of its own, as
	 * {@link #recordFile(Recording, String)} does; the audit log says which part ("rows 1
	 * to 100,000 of 250,000").
	 */
	public RecordingReport recordFile(Recording recording, String what, @Nullable String part) {
		List<Problem> problems = check(recording);
		if (!problems.isEmpty()) {
			throw RecordingRejectedException.file(what, problems);
		}
		try {
			return Deadlocks
				.retry(() -> Objects.requireNonNull(this.files.execute((status) -> writeFile(recording, what, part))));
		}
		catch (RuntimeException ex) {
			Neo4jException refusal = TransactionTooLargeException.memoryRefusal(ex);
			if (refusal == null) {
				throw ex;
			}
			throw new TransactionTooLargeException(what, refusal);
		}
	}

	/** Resolves, plans and writes a file in the caller's transaction, and audits it. */
	private RecordingReport writeFile(Recording recording, String what, @Nullable String part) {
		ZonedDateTime now = ZonedDateTime.now();
		Plan plan = plan(recording, now, (found) -> RecordingRejectedException.file(what, found));
		RecordingReport report = write(recording, plan, now, true);
		if (!report.changed()) {
			// Importing again what the graph has changes nothing, audit log included.
			return report;
		}
		this.audit.record(recording.actor(), "IMPORT", recording.name(), List.of(),
				"imported %s%s: %,d events created, %,d claims added, %,d unchanged, %,d organizations and %,d sources created"
					.formatted(recording.name(), (part != null) ? " (" + part + ")" : "", report.eventsCreated(),
							report.claimsAdded(), report.unchanged(), report.organizationsCreated(),
							report.sourcesCreated()));
		return report;
	}

	/**
	 * Records the facts a mutation gives: refused with {@code INVALID_ARGUMENT} on any
	 * problem; audited as {@code action} when, and only when, something changed.
	 */
	public RecordingReport recordFacts(Recording recording, String action) {
		List<Problem> problems = FactCheck.of(recording);
		if (!problems.isEmpty()) {
			throw RecordingRejectedException.fact(problems);
		}
		return Deadlocks.retry(() -> Objects.requireNonNull(this.facts.execute((status) -> {
			ZonedDateTime now = ZonedDateTime.now();
			Plan plan = plan(recording, now, RecordingRejectedException::fact);
			RecordingReport report = write(recording, plan, now, false);
			if (!plan.changes.isEmpty()) {
				String target = plan.changedIds.iterator().next();
				this.audit.record(recording.actor(), action, target, plan.changedIds, String.join("; ", plan.changes));
			}
			return report;
		})));
	}

	/**
	 * Every problem of a file on its own; when it has some, those of its references too,
	 * read without writing, so that one report names them all.
	 */
	private List<Problem> check(Recording recording) {
		List<Problem> problems = FactCheck.of(recording);
		if (problems.isEmpty()) {
			return problems;
		}
		List<Problem> all = new ArrayList<>(problems);
		all.addAll(Objects
			.requireNonNull(this.reads.execute((status) -> Resolution.ofReferences(this.neo4j, recording, this.rule))));
		return all;
	}

	/** Whether a file or dataset of this name has been recorded before. */
	public boolean isRecorded(String name) {
		return this.neo4j.query(RecordingCypher.DATASET_EXISTS)
			.bind(name)
			.to("name")
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
	}

	/** Takes the lock, resolves, plans; a problem refuses the whole recording. */
	private Plan plan(Recording recording, ZonedDateTime now,
			java.util.function.Function<List<Problem>, RecordingRejectedException> refuse) {
		lock(now);
		Resolution resolution = Resolution.of(this.neo4j, recording, this.rule);
		if (!resolution.problems.isEmpty()) {
			throw refuse.apply(resolution.problems);
		}
		return Plan.of(recording, resolution);
	}

	/**
	 * Takes the recording lock for the rest of the transaction: one recording at a time.
	 * Correcting, retracting and merging facts take it too.
	 */
	public void lock(ZonedDateTime now) {
		// Writing the lock node's property takes its write lock until the transaction
		// ends,
		// even though the value never changes (so the graph does not).
		this.neo4j.query(RecordingCypher.LOCK).run();
	}

	private RecordingReport write(Recording recording, Plan plan, ZonedDateTime now, boolean file) {
		Counts counts = new Counts();
		counts.add(RecordingCypher.CREATE_ORGANIZATIONS, plan.organizations, now);
		counts.add(RecordingCypher.NAMES, plan.names, now);
		counts.add(RecordingCypher.UPDATE_ALIASES, plan.aliases, now);
		counts.add(RecordingCypher.IDENTIFIERS, plan.identifiers, now);
		counts.add(RecordingCypher.ATTRIBUTES, plan.attributes, now);
		counts.add(RecordingCypher.CREATE_SOURCES, plan.sources, now);
		counts.add(RecordingCypher.FILL_SOURCES, plan.sourceUpdates, now);
		counts.add(RecordingCypher.CREATE_PEOPLE, plan.people, now);
		counts.add(RecordingCypher.upsert("Role"), plan.roles, now);
		counts.add(RecordingCypher.upsert("Project"), plan.projects, now);
		plan.events.forEach((label, rows) -> counts.add(RecordingCypher.createEvents(label), rows, now));
		counts.add(RecordingCypher.CREATE_FIGURES, plan.figures, now);
		counts.add(RecordingCypher.REPORT_DATES, plan.reportDates, now);
		plan.links.forEach((link, rows) -> {
			String[] parts = link.split(" ");
			counts.add(RecordingCypher.link(parts[0], parts[1], parts[2]), rows, now);
		});
		plan.citations.forEach((label, rows) -> counts.add(RecordingCypher.cite(label), rows, now));
		counts.add(RecordingCypher.POSSIBLE_DUPLICATES, plan.possibleDuplicateRows, now);
		if (file) {
			counts.add(RecordingCypher.RECORD_DATASET, List.of(Map.of("name", recording.name())), now);
		}
		Resolution resolved = plan.resolved;
		return new RecordingReport(recording.name(), resolved.sources.stream().map(Resolution.SourceState::id).toList(),
				resolved.organizations.stream().map(Resolution.OrganizationState::id).toList(),
				List.copyOf(resolved.people), List.copyOf(resolved.roles), List.copyOf(resolved.projects),
				List.copyOf(plan.eventOutcomes), plan.organizationsCreated, plan.sourcesCreated, plan.peopleCreated,
				plan.eventsCreated, plan.claimsAdded, plan.unchanged, List.copyOf(plan.possibleDuplicates),
				counts.nodes, counts.relationships);
	}

	/** What the statements of a recording created. */
	private final class Counts {

		int nodes;

		int relationships;

		void add(String cypher, List<Map<String, Object>> rows, ZonedDateTime now) {
			for (int from = 0; from < rows.size(); from += BATCH) {
				List<Map<String, Object>> batch = new ArrayList<>(
						rows.subList(from, Math.min(rows.size(), from + BATCH)));
				ResultSummary summary = Recorder.this.neo4j.query(cypher)
					.bindAll(Map.of("rows", batch, "now", now))
					.run();
				this.nodes += summary.counters().nodesCreated();
				this.relationships += summary.counters().relationshipsCreated();
			}
		}

	}

}
