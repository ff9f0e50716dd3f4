package io.casefile.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.casefile.audit.AuditLog;
import io.casefile.dataset.LayoffTracker.Columns;
import io.casefile.dataset.LayoffTracker.Problem;
import io.casefile.dataset.LayoffTracker.Reading;
import io.casefile.dataset.LayoffTracker.Row;
import io.casefile.date.StatedDate;
import io.casefile.event.EventKind;
import io.casefile.system.Deadlocks;
import io.casefile.system.Names;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.summary.ResultSummary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Imports a CSV layoff tracker: each row becomes a claim, cited to the row's source,
 * about a layoff wave of the organization it names.
 * <p>
 * A row is a claim about the wave of that organization whose dates contain the row's day
 * (the seed's "late January 2026" wave takes the tracker's 1/28/2026 row), else about a
 * new wave of that day. The wave keeps what was first recorded about it; each citation
 * keeps what its source claims (headcount, day) and since when that was known (the
 * tracker's "date added"), so that disagreeing sources are both kept and "as of" reads
 * see what was known then.
 * <p>
 * The file is read and checked whole before anything is written: by default a malformed
 * row refuses the file and nothing is written. A file of up to
 * {@code casefile.import.transaction-rows} rows (100,000) is written in one transaction,
 * all of it or nothing; a larger one in transactions of that many rows, since one
 * transaction of a million rows needs more memory than a server has. If the database
 * fails between two of them, the rows before are written and importing the file again
 * writes the rest (every write is a MERGE).
 */
@Service
public class TrackerImport {

	/** What to do with a file that has malformed rows. */
	public enum Mode {

		/** Refuse the whole file, naming every bad row; write nothing. */
		ALL_OR_NOTHING,
		/** Import the rows that are well formed; report the others. */
		VALID_ROWS

	}

	/** Told how far an import has come, after each batch of rows. */
	@FunctionalInterface
	public interface Progress {

		Progress NONE = (done, total) -> {
		};

		void rowsWritten(int done, int total);

	}

	/**
	 * Rows per statement: large enough to amortise a round trip, small enough to stream.
	 */
	static final int BATCH = 5_000;

	private final Neo4jClient neo4j;

	private final ImportTransactions transactions;

	private final AuditLog audit;

	private final int transactionRows;

	TrackerImport(Neo4jClient neo4j, ImportTransactions transactions, AuditLog audit,
			@Value("${casefile.import.transaction-rows:100000}") int transactionRows) {
		this.neo4j = neo4j;
		this.transactions = transactions;
		this.audit = audit;
		this.transactionRows = transactionRows;
	}

	/**
	 * Imports a tracker, or throws {@link DatasetRejectedException} naming every
	 * malformed row and writes nothing.
	 * @param file the file's name, recorded on each citation as where it came through
	 * @param actor who imports it, for the audit log
	 */
	public ImportReport write(String file, InputStream in, Columns columns, Mode mode, String actor, Progress progress)
			throws IOException {
		long started = System.nanoTime();
		Reading reading = LayoffTracker.read(in, columns);
		if (!reading.problems().isEmpty() && (mode == Mode.ALL_OR_NOTHING || reading.rows().isEmpty())) {
			throw DatasetRejectedException.tracker(reading.problems().stream().map(Problem::toString).toList());
		}
		List<Row> rows = reading.rows();
		Written total = new Written(0, 0, 0, 0, 0);
		for (int from = 0; from == 0 || from < rows.size(); from += this.transactionRows) {
			List<Row> part = rows.subList(from, Math.min(rows.size(), from + this.transactionRows));
			total = total.plus(writeInOneTransaction(file, part, from, rows.size(), actor, progress));
		}
		return new ImportReport(file, rows.size() + reading.merged(), total.created(),
				total.merged() + reading.merged(), total.unchanged(), reading.skipped(), reading.problems(),
				rows.stream().filter((r) -> r.headcount() == null).map(Row::line).toList(), total.organizations(),
				total.sources(), (System.nanoTime() - started) / 1_000_000);
	}

	/** What one transaction wrote. */
	private record Written(int created, int merged, int unchanged, int organizations, int sources) {

		Written plus(Written other) {
			return new Written(this.created + other.created, this.merged + other.merged,
					this.unchanged + other.unchanged, this.organizations + other.organizations,
					this.sources + other.sources);
		}

	}

	/**
	 * Writes rows {@code from} to {@code from + part.size()} of the file in one
	 * transaction with its audit record, trying again if the database rolled it back for
	 * a deadlock (two writers creating the same new organizations); every write is a
	 * MERGE, so trying again is safe.
	 */
	private Written writeInOneTransaction(String file, List<Row> part, int from, int total, String actor,
			Progress progress) {
		return Deadlocks.retry(() -> this.transactions.run(() -> {
			ZonedDateTime now = ZonedDateTime.now();
			Plan plan = plan(file, part, actor);
			Counts counts = write(plan, now, (done, all) -> progress.rowsWritten(from + done, total));
			this.neo4j.query(GraphWrites.RECORD_DATASET).bindAll(Map.of("name", file, "now", now)).run();
			String rows = (part.size() == total) ? "%,d rows".formatted(total)
					: "rows %,d to %,d of %,d".formatted(from + 1, from + part.size(), total);
			this.audit.record(actor, "IMPORT", file, List.of(), "imported %s (%s): %d created, %d merged, %d unchanged"
				.formatted(file, rows, plan.created, plan.merged, plan.unchanged));
			return new Written(plan.created, plan.merged, plan.unchanged, counts.organizations, counts.sources);
		}));
	}

	/**
	 * Everything to write, decided before the first write: which organization each
	 * company is, which event each row is a claim about, and which claims are new.
	 */
	private static final class Plan {

		final List<Map<String, Object>> organizations = new ArrayList<>();

		final Map<String, Map<String, Object>> sources = new LinkedHashMap<>();

		final Map<String, Map<String, Object>> events = new LinkedHashMap<>();

		final List<Map<String, Object>> citations = new ArrayList<>();

		int created;

		int merged;

		int unchanged;

	}

	private Plan plan(String file, List<Row> rows, String actor) {
		Plan plan = new Plan();
		Map<String, String> organizations = organizations(rows, plan);
		List<Map<String, Object>> claims = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			String organization = Objects.requireNonNull(organizations.get(Names.key(row.company())));
			Map<String, Object> claim = new HashMap<>();
			claim.put("index", i);
			claim.put("organization", organization);
			claim.put("day", row.date());
			claim.put("excerpt", excerpt(row));
			claim.put("source", sourceId(row));
			claims.add(claim);
		}
		for (int from = 0; from < claims.size(); from += BATCH) {
			List<Map<String, Object>> batch = claims.subList(from, Math.min(claims.size(), from + BATCH));
			this.neo4j.query(TrackerWrites.MATCH_CLAIMS).bind(batch).to("rows").fetch().all().forEach((match) -> {
				int index = ((Number) Objects.requireNonNull(match.get("index"))).intValue();
				Row row = rows.get(index);
				Map<String, Object> claim = claims.get(index);
				String existing = (String) match.get("event");
				String event = (existing != null) ? existing : "layoff-" + claim.get("organization") + "-" + row.date();
				if (Boolean.TRUE.equals(match.get("cited"))) {
					plan.unchanged++;
					return;
				}
				if (existing == null && !plan.events.containsKey(event)) {
					plan.events.put(event, event(event, (String) claim.get("organization"), row));
					plan.created++;
				}
				else {
					plan.merged++;
				}
				plan.sources.putIfAbsent((String) claim.get("source"), source((String) claim.get("source"), row));
				plan.citations.add(citation(event, claim, row, file, actor));
			});
		}
		return plan;
	}

	/**
	 * The organization of each company, by name key: the one the graph knows by that name
	 * or alias, else a new one.
	 */
	private Map<String, String> organizations(List<Row> rows, Plan plan) {
		Map<String, String> names = new LinkedHashMap<>();
		rows.forEach((row) -> names.putIfAbsent(Names.key(row.company()), row.company().strip()));
		Map<String, String> ids = new HashMap<>();
		List<Map<String, String>> keys = names.keySet().stream().map((key) -> Map.of("key", key)).toList();
		this.neo4j.query(TrackerWrites.ORGANIZATIONS_BY_NAME).bind(keys).to("names").fetch().all().forEach((row) -> {
			if (row.get("id") != null) {
				ids.put((String) row.get("key"), (String) row.get("id"));
			}
		});
		Set<String> taken = new HashSet<>(this.neo4j.query(TrackerWrites.TAKEN_IDS)
			.bind(names.keySet()
				.stream()
				.filter((key) -> !ids.containsKey(key))
				.map((key) -> Map.of("id", Ids.slug(key), "key", key))
				.toList())
			.to("rows")
			.fetchAs(String.class)
			.all());
		names.forEach((key, name) -> {
			if (ids.containsKey(key)) {
				return;
			}
			String id = Ids.slug(key);
			if (!taken.add(id)) {
				// Another organization has this id ("Foo Inc" and "Foo, Inc." are two
				// names): the key's digest tells them apart.
				id = id + "-" + Ids.digest(key).substring(0, 8);
			}
			ids.put(key, id);
			plan.organizations.add(Map.of("id", id, "name", name, "key", key));
		});
		return ids;
	}

	private record Counts(int organizations, int sources) {
	}

	private Counts write(Plan plan, ZonedDateTime now, Progress progress) {
		int organizations = 0;
		for (List<Map<String, Object>> batch : batches(plan.organizations)) {
			organizations += run(TrackerWrites.CREATE_ORGANIZATIONS, batch, now).counters().nodesCreated() / 2;
		}
		int sources = 0;
		for (List<Map<String, Object>> batch : batches(List.copyOf(plan.sources.values()))) {
			sources += run(TrackerWrites.MERGE_SOURCES, batch, now).counters().nodesCreated();
		}
		for (List<Map<String, Object>> batch : batches(List.copyOf(plan.events.values()))) {
			run(TrackerWrites.MERGE_EVENTS, batch, now);
		}
		int done = 0;
		progress.rowsWritten(0, plan.citations.size());
		for (List<Map<String, Object>> batch : batches(plan.citations)) {
			run(TrackerWrites.MERGE_CITATIONS, batch, now);
			done += batch.size();
			progress.rowsWritten(done, plan.citations.size());
		}
		return new Counts(organizations, sources);
	}

	private ResultSummary run(String cypher, List<Map<String, Object>> rows, ZonedDateTime now) {
		return this.neo4j.query(cypher).bindAll(Map.of("rows", rows, "now", now)).run();
	}

	private static List<List<Map<String, Object>>> batches(List<Map<String, Object>> rows) {
		List<List<Map<String, Object>>> batches = new ArrayList<>();
		for (int from = 0; from < rows.size(); from += BATCH) {
			batches.add(rows.subList(from, Math.min(rows.size(), from + BATCH)));
		}
		return batches;
	}

	private static Map<String, Object> event(String id, String organization, Row row) {
		StatedDate day = StatedDate.day(row.date());
		Map<String, @Nullable Object> props = new LinkedHashMap<>();
		props.put("kind", EventKind.LAYOFF_WAVE.name());
		props.put("title", (row.headcount() != null) ? row.company().strip() + " lays off " + row.headcount()
				: row.company().strip() + " layoffs (headcount not reported)");
		props.put("headcount", row.headcount());
		props.put("percentage", row.percentage());
		props.put("location", row.location());
		props.put("industry", row.industry());
		props.put("country", row.country());
		props.put("sortKey", GraphChanges.sortKey(day, id));
		props.putAll(GraphChanges.dateProps("date", day));
		props.putAll(GraphChanges.dateProps("until", StatedDate.unknown()));
		props.values().removeIf(Objects::isNull);
		return Map.of("id", id, "organization", organization, "props", props);
	}

	private static Map<String, Object> source(String id, Row row) {
		Map<String, @Nullable Object> props = new LinkedHashMap<>();
		if (isAddress(row.source())) {
			props.put("url", row.source());
		}
		else {
			// "Internal memo": a document named, not linked.
			props.put("title", row.source());
		}
		props.putAll(GraphChanges.dateProps("published", StatedDate.unknown()));
		props.values().removeIf(Objects::isNull);
		return Map.of("id", id, "props", props);
	}

	private static Map<String, Object> citation(String event, Map<String, Object> claim, Row row, String file,
			String actor) {
		Map<String, @Nullable Object> props = new LinkedHashMap<>();
		props.put("position", 0);
		props.put("via", file);
		props.put("recordedBy", actor);
		props.put("knownSince", row.dateAdded());
		props.put("claimedHeadcount", row.headcount());
		props.putAll(GraphChanges.dateProps("claimedDate", StatedDate.day(row.date())));
		props.values().removeIf(Objects::isNull);
		return Map.of("event", event, "source", claim.get("source"), "excerpt", claim.get("excerpt"), "claim", props);
	}

	/**
	 * What the tracker says, as it says it: the row's fields in a sentence. It is the
	 * citation's excerpt, and the same row always gives the same excerpt, so importing a
	 * file twice adds nothing.
	 */
	static String excerpt(Row row) {
		StringBuilder text = new StringBuilder(row.company().strip());
		List<String> where = new ArrayList<>();
		if (row.location() != null) {
			where.add(row.location());
		}
		if (row.country() != null) {
			where.add(row.country());
		}
		if (!where.isEmpty() || row.industry() != null) {
			text.append(" (").append(String.join(", ", where));
			if (row.industry() != null) {
				text.append(where.isEmpty() ? "" : "; ").append(row.industry());
			}
			text.append(")");
		}
		text.append(": ")
			.append((row.headcount() != null) ? row.headcount() + " laid off" : "layoffs, headcount not given");
		if (row.percentage() != null) {
			text.append(" (").append(formatShare(row.percentage())).append(" of staff)");
		}
		return text.append(" on ").append(row.date()).toString();
	}

	private static String formatShare(double share) {
		// Trackers give a fraction (0.05) or a percentage (5); both read as written.
		double percent = (share <= 1) ? share * 100 : share;
		return ((percent == Math.rint(percent)) ? String.valueOf((long) percent) : String.valueOf(percent)) + "%";
	}

	/**
	 * A source's id from its address; a named document ("Internal memo") is one per
	 * company and day, since two companies' memos are two documents.
	 */
	static String sourceId(Row row) {
		String key = isAddress(row.source()) ? row.source()
				: Names.key(row.company()) + "|" + row.date() + "|" + row.source();
		return Ids.source(key);
	}

	private static boolean isAddress(String source) {
		return source.startsWith("http://") || source.startsWith("https://");
	}

}
