package io.casefile.tracker;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.casefile.csv.FileSource;
import io.casefile.organization.OrganizationNames;
import io.casefile.recording.FactRules;
import io.casefile.recording.Facts.Attribute;
import io.casefile.recording.Facts.AttributeFact;
import io.casefile.recording.Facts.CitationFact;
import io.casefile.recording.Facts.EventFact;
import io.casefile.recording.Facts.OrganizationFact;
import io.casefile.recording.Facts.SourceFact;
import io.casefile.recording.Ids;
import io.casefile.recording.Problem;
import io.casefile.recording.Recorder;
import io.casefile.recording.Recording;
import io.casefile.recording.RecordingRejectedException;
import io.casefile.recording.RecordingReport;
import io.casefile.recording.TransactionTooLargeException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Imports a CSV layoff tracker: each row becomes a claim, cited to the row's source (or
 * the file's), about a layoff wave of the company it names, handed to the recording core,
 * which decides which wave that is (see {@code EventIdentity}: the same wave when its
 * dates overlap, or when another tracker dates the same headcount within the window) and
 * which company (by name, whatever its spelling and legal form). The row's location,
 * industry and country become the company's cited attributes.
 * <p>
 * The file is read twice, a record at a time and never whole: first to check every row,
 * then to write. By default a malformed row refuses the file and nothing is written. A
 * file of up to {@code casefile.import.transaction-rows} rows (fewer on a small heap, see
 * {@link #rowsPerTransaction}) is written in one transaction, all of it or nothing; a
 * larger one in transactions of that many rows, since one transaction of a million rows
 * needs more memory than a server has. If the database fails between two of them, the
 * rows before are written and importing the file again writes the rest.
 */
@Service
public class TrackerImport {

	private static final Logger log = LoggerFactory.getLogger(TrackerImport.class);

	/** What to do with a file that has malformed rows. */
	public enum Mode {

		/** Refuse the whole file, naming every bad row; write nothing. */
		ALL_OR_NOTHING,
		/** Import the rows that are well formed; report the others. */
		VALID_ROWS

	}

	/** Told how far an import has come, after each transaction. */
	@FunctionalInterface
	public interface Progress {

		Progress NONE = (done, total) -> {
		};

		void rowsWritten(int done, int total);

	}

	/** Opens the file, each time it is read. */
	@FunctionalInterface
	public interface Opener {

		InputStream open() throws IOException;

	}

	/**
	 * How to read a tracker.
	 *
	 * @param source the source of every row that names none (and of a file without a
	 * source column)
	 * @param knownSince the day the rows were on record, for a tracker without a "date
	 * added" column; else its source's publication day stands for it
	 */
	public record Options(TrackerColumns columns, Mode mode, @Nullable FileSource source,
			@Nullable LocalDate knownSince) {

		public static Options of(TrackerColumns columns, Mode mode) {
			return new Options(columns, mode, null, null);
		}

	}

	/** The most problems a report keeps; it says how many there were. */
	static final int KEPT_PROBLEMS = 1000;

	/**
	 * The heap a transaction's row is given. A row takes from 15 KB to over 40 KB of a
	 * transaction as Neo4j counts it (more in a small transaction, and when a file's rows
	 * name many companies), and more in Casefile's own objects; near the limit the
	 * collector works more than the import (the import benchmark, 1 GB heap, when each
	 * transaction still cited a company's attributes again: 349 rows/s in transactions of
	 * 11,468 rows, 1,162 in transactions of 4,000; since, 1,917 in transactions of
	 * 5,734).
	 */
	static final long TRANSACTION_BYTES_PER_ROW = 128 * 1024;

	/** The share of the heap Neo4j lets transactions use, by default. */
	static final double TRANSACTION_SHARE_OF_HEAP = 0.7;

	/** The fewest rows a transaction starts with, however small the heap. */
	static final int FEWEST_ROWS = 1000;

	private final Recorder recorder;

	private final int transactionRows;

	TrackerImport(Recorder recorder, @Value("${casefile.import.transaction-rows:100000}") int transactionRows) {
		this.recorder = recorder;
		this.transactionRows = rowsPerTransaction(transactionRows, Runtime.getRuntime().maxMemory());
	}

	/**
	 * The rows a transaction starts with: the setting, or fewer when the heap cannot hold
	 * a transaction that large. Should the database refuse a transaction for memory all
	 * the same (a file whose rows link many waves, a server with less memory), its rows
	 * are written in transactions of half as many, and so are the next ones.
	 */
	static int rowsPerTransaction(int setting, long maxHeap) {
		long rows = (long) (maxHeap * TRANSACTION_SHARE_OF_HEAP / TRANSACTION_BYTES_PER_ROW);
		return (int) Math.max(1, Math.min(setting, Math.max(FEWEST_ROWS, rows)));
	}

	/**
	 * Imports a tracker, or throws {@link RecordingRejectedException} ("the tracker was
	 * rejected") naming every malformed row, and writes nothing.
	 * @param file the file's name, recorded on each citation as where it came through
	 * @param actor who imports it, for the audit log
	 */
	public ImportReport write(String file, Opener opener, Options options, String actor, Progress progress)
			throws IOException {
		long started = System.nanoTime();
		List<Problem> fileProblems = new ArrayList<>();
		SourceFact fileSource = (options.source() != null) ? options.source().fact(fileProblems) : null;
		if (!fileProblems.isEmpty()) {
			throw RecordingRejectedException.file("tracker", fileProblems);
		}
		// First pass: check every row.
		Check check = new Check();
		boolean readable;
		try (InputStream in = opener.open()) {
			readable = TrackerReader.read(in, options.columns(), fileSource != null, check);
		}
		if (!readable || (check.problems > 0 && (options.mode() == Mode.ALL_OR_NOTHING || check.rows == 0))) {
			throw RecordingRejectedException.file("tracker", check.kept);
		}
		// Second pass: write, a transaction at a time.
		log.info("Importing the tracker {} for {}: {} rows", file, actor, check.rows);
		Writing writing = new Writing(file, options, fileSource, actor, check.rows, progress);
		try (InputStream in = opener.open()) {
			TrackerReader.read(in, options.columns(), fileSource != null, writing);
		}
		writing.flush();
		return new ImportReport(file, writing.rows, writing.created, writing.merged, writing.unchanged,
				check.skippedRows, check.kept, writing.withoutHeadcount, writing.organizationsCreated,
				writing.sourcesCreated, writing.possibleDuplicates, writing.transactions,
				(System.nanoTime() - started) / 1_000_000);
	}

	/** The first pass: counts the rows, keeps the problems. */
	private static final class Check implements TrackerReader.Rows {

		int rows;

		int problems;

		final List<Problem> kept = new ArrayList<>();

		final List<Problem> skippedRows = new ArrayList<>();

		@Override
		public void row(TrackerRow row) {
			this.rows++;
		}

		@Override
		public void problem(Problem problem) {
			this.problems++;
			if (this.kept.size() < KEPT_PROBLEMS) {
				this.kept.add(problem);
			}
		}

		@Override
		public void skipped(Problem reason) {
			if (this.skippedRows.size() < KEPT_PROBLEMS) {
				this.skippedRows.add(reason);
			}
		}

	}

	/** The second pass: rows gathered a transaction at a time and recorded. */
	private final class Writing implements TrackerReader.Rows {

		final String file;

		final Options options;

		final @Nullable SourceFact fileSource;

		final String actor;

		final int total;

		final Progress progress;

		final List<TrackerRow> part = new ArrayList<>();

		final Set<TrackerRow> seen = new HashSet<>();

		/**
		 * The attributes ({@code company|attribute}) a row of an earlier transaction
		 * cited: the first row of the file that gives one cites it, however many
		 * transactions write the file.
		 */
		final Set<String> attributesCited = new HashSet<>();

		final List<Integer> withoutHeadcount = new ArrayList<>();

		final List<ImportReport.PossibleDuplicate> possibleDuplicates = new ArrayList<>();

		int done;

		int rows;

		int created;

		int merged;

		int unchanged;

		int organizationsCreated;

		int sourcesCreated;

		int transactions;

		/** The rows of a transaction. */
		int limit = TrackerImport.this.transactionRows;

		Writing(String file, Options options, @Nullable SourceFact fileSource, String actor, int total,
				Progress progress) {
			this.file = file;
			this.options = options;
			this.fileSource = fileSource;
			this.actor = actor;
			this.total = total;
			this.progress = progress;
		}

		@Override
		public void row(TrackerRow row) {
			this.rows++;
			if (row.headcount() == null) {
				this.withoutHeadcount.add(row.line());
			}
			// A row repeated in the file is one fact reported twice: the first stands for
			// both.
			if (!this.seen.add(row.key())) {
				this.merged++;
				return;
			}
			this.part.add(row);
			if (this.part.size() >= this.limit) {
				flush();
			}
		}

		@Override
		public void problem(Problem problem) {
			// Refused in the first pass, or left out with VALID_ROWS.
		}

		@Override
		public void skipped(Problem reason) {
			// Counted in the first pass.
		}

		void flush() {
			if (this.part.isEmpty() && this.done > 0) {
				return;
			}
			write(this.part);
			this.part.clear();
			this.seen.clear();
		}

		/**
		 * Writes rows in one transaction; when the database refuses it for memory, in
		 * transactions of half as many, as the next parts will be.
		 */
		private void write(List<TrackerRow> rows) {
			String rowsDone = (rows.size() == this.total) ? null
					: "rows %,d to %,d of %,d".formatted(this.done + 1, this.done + rows.size(), this.total);
			Recording recording = facts(rows);
			RecordingReport report;
			try {
				report = TrackerImport.this.recorder.recordFile(recording, "tracker", rowsDone);
			}
			catch (TransactionTooLargeException ex) {
				if (rows.size() == 1) {
					throw ex;
				}
				this.limit = Math.min(this.limit, rows.size() / 2);
				log.warn("The database refused a transaction of {} rows for memory; writing {} rows at a time",
						rows.size(), this.limit);
				for (int from = 0; from < rows.size();) {
					// A refusal on the way makes the limit smaller for the rest.
					int to = Math.min(rows.size(), from + this.limit);
					write(rows.subList(from, to));
					from = to;
				}
				return;
			}
			for (RecordingReport.EventOutcome outcome : report.events()) {
				switch (outcome.outcome()) {
					case CREATED -> this.created++;
					case CLAIM_ADDED -> this.merged++;
					case UNCHANGED -> this.unchanged++;
				}
			}
			report.possibleDuplicates()
				.forEach((d) -> this.possibleDuplicates
					.add(new ImportReport.PossibleDuplicate(line(d.where()), d.event(), d.candidate())));
			this.organizationsCreated += report.organizationsCreated();
			this.sourcesCreated += report.sourcesCreated();
			recording.organizations()
				.forEach((company) -> company.attributes()
					.forEach((a) -> this.attributesCited.add(attributeKey(company.name(), a.attribute()))));
			this.transactions++;
			this.done += rows.size();
			this.progress.rowsWritten(this.done, this.total);
		}

		/** A part of the tracker as facts: its companies, sources and waves. */
		private Recording facts(List<TrackerRow> rows) {
			Map<String, SourceFact> sources = new LinkedHashMap<>();
			Map<String, Company> companies = new LinkedHashMap<>();
			List<EventFact> events = new ArrayList<>();
			if (this.fileSource != null) {
				sources.put(this.fileSource.id(), this.fileSource);
			}
			for (TrackerRow row : rows) {
				String where = "line " + row.line();
				SourceFact source = (row.source() != null) ? rowSource(row, where) : this.fileSource;
				sources.putIfAbsent(source.id(), source);
				CitationFact citation = new CitationFact(source.id(), excerpt(row),
						(row.dateAdded() != null) ? row.dateAdded() : this.options.knownSince());
				companies.computeIfAbsent(OrganizationNames.key(row.company()), (key) -> new Company(row, where))
					.learn(row, citation, this.attributesCited);
				events.add(EventFact.layoffWave(where, null, row.company().strip(), title(row), row.date().toString(),
						row.headcount(), row.percentage(), row.location(), row.industry(), row.country(),
						List.of(citation)));
			}
			List<OrganizationFact> organizations = companies.values().stream().map(Company::fact).toList();
			return new Recording(this.file, this.actor, this.file, List.copyOf(sources.values()), organizations,
					List.of(), List.of(), List.of(), events);
		}

	}

	/** A company as the rows of one part name it, and what they say it is. */
	private static final class Company {

		final String where;

		final String name;

		final Map<Attribute, AttributeFact> attributes = new LinkedHashMap<>();

		Company(TrackerRow row, String where) {
			this.where = where;
			this.name = row.company().strip();
		}

		/**
		 * The first row that gives each attribute cites it, unless a row of an earlier
		 * transaction did ({@code cited}).
		 */
		void learn(TrackerRow row, CitationFact citation, Set<String> cited) {
			attribute(Attribute.HEADQUARTERS, row.location(), citation, cited);
			attribute(Attribute.INDUSTRY, row.industry(), citation, cited);
			attribute(Attribute.COUNTRY, row.country(), citation, cited);
		}

		private void attribute(Attribute attribute, @Nullable String value, CitationFact citation, Set<String> cited) {
			if (value != null && !cited.contains(attributeKey(this.name, attribute))) {
				this.attributes.putIfAbsent(attribute, new AttributeFact(attribute, value, List.of(citation)));
			}
		}

		OrganizationFact fact() {
			return new OrganizationFact(this.where, null, this.name, List.of(), "COMPANY", List.of(),
					List.copyOf(this.attributes.values()));
		}

	}

	/** A company's attribute, as the rows of a file cite it once. */
	private static String attributeKey(String company, Attribute attribute) {
		return OrganizationNames.key(company) + "|" + attribute;
	}

	/**
	 * A row's source: its address, or a document it names ("Internal memo"), one per
	 * company and day, since two companies' memos are two documents.
	 */
	private static SourceFact rowSource(TrackerRow row, String where) {
		String source = row.source();
		if (FactRules.looksLikeAddress(source)) {
			return new SourceFact(where, Ids.source(source.strip()), null, null, null, null, source.strip(), null);
		}
		String key = OrganizationNames.key(row.company()) + "|" + row.date() + "|" + source;
		return new SourceFact(where, Ids.source(key), source, null, null, null, null, null);
	}

	/** A new wave's headline: "Amazon lays off 14,000". */
	static String title(TrackerRow row) {
		return (row.headcount() != null) ? "%s lays off %,d".formatted(row.company().strip(), row.headcount())
				: row.company().strip() + " layoffs (headcount not reported)";
	}

	/**
	 * What the tracker says, as it says it: the row's fields in a sentence. It is the
	 * citation's excerpt, and the same row always gives the same excerpt, so importing a
	 * file twice adds nothing.
	 */
	static String excerpt(TrackerRow row) {
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

	private static int line(String where) {
		return where.startsWith("line ") ? Integer.parseInt(where.substring(5)) : 0;
	}

}
