package io.casefile.filing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import io.casefile.recording.Facts.EventFact;
import io.casefile.recording.Facts.OrganizationFact;
import io.casefile.recording.Facts.SourceFact;
import io.casefile.recording.Recorder;
import io.casefile.recording.Recording;
import io.casefile.recording.RecordingRejectedException;
import io.casefile.recording.RecordingReport;
import org.springframework.stereotype.Service;

/**
 * Imports SEC company facts through the recording core: one company's file in one
 * transaction, all of it or nothing; the bulk {@code companyfacts.zip} read entry by
 * entry (never unpacked), its companies recorded {@value #COMPANIES_PER_TRANSACTION} to a
 * transaction. A company file of the archive that is refused is reported with its reason
 * and the others are recorded; importing the same files again changes nothing.
 */
@Service
public class CompanyFactsImport {

	/** Companies recorded together in one transaction of a bulk import. */
	static final int COMPANIES_PER_TRANSACTION = 50;

	/** What a refusal calls the file. */
	private static final String WHAT = "company facts file";

	private final Recorder recorder;

	CompanyFactsImport(Recorder recorder) {
		this.recorder = recorder;
	}

	/** Reports how far a bulk import is. */
	@FunctionalInterface
	public interface Progress {

		Progress NONE = (companies, total) -> {
		};

		void companies(int done, int total);

	}

	/**
	 * Imports one company's file; refuses it whole ({@code IMPORT_REJECTED}) with every
	 * problem found, writing nothing.
	 */
	public FilingImportReport write(String name, InputStream in, String actor) {
		long started = System.nanoTime();
		Company company = read(name, in, actor);
		Totals totals = new Totals();
		totals.add(company);
		totals.add(this.recorder.recordFile(company.recording(), WHAT));
		return totals.report(name, List.of(), started);
	}

	/**
	 * Imports the bulk archive, {@value #COMPANIES_PER_TRANSACTION} companies to a
	 * transaction; a company whose file is refused is listed in the report, the others
	 * are recorded.
	 */
	public FilingImportReport writeArchive(Path archive, String actor, Progress progress) {
		long started = System.nanoTime();
		String name = archive.getFileName().toString();
		Totals totals = new Totals();
		List<String> refused = new ArrayList<>();
		try (ZipFile zip = new ZipFile(archive.toFile())) {
			int total = (int) zip.stream().filter(CompanyFactsImport::isCompanyFile).count();
			List<Company> batch = new ArrayList<>();
			int done = 0;
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				if (!isCompanyFile(entry)) {
					continue;
				}
				try (InputStream in = zip.getInputStream(entry)) {
					batch.add(read(entry.getName(), in, actor));
				}
				catch (RecordingRejectedException ex) {
					refused.add(entry.getName() + ": " + ex.problems().get(0));
				}
				if (batch.size() == COMPANIES_PER_TRANSACTION) {
					record(batch, name, actor, totals, refused);
					done += batch.size();
					batch.clear();
					progress.companies(done, total);
				}
			}
			record(batch, name, actor, totals, refused);
			progress.companies(total, total);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return totals.report(name, refused, started);
	}

	private static boolean isCompanyFile(ZipEntry entry) {
		return !entry.isDirectory() && entry.getName().toLowerCase(Locale.ROOT).endsWith(".json");
	}

	/**
	 * Records companies in one transaction; when that is refused, each on its own, so
	 * that one company's fault does not keep the others out.
	 */
	private void record(List<Company> batch, String archive, String actor, Totals totals, List<String> refused) {
		if (batch.isEmpty()) {
			return;
		}
		try {
			RecordingReport report = this.recorder.recordFile(
					combined(archive, actor, batch.stream().map(Company::recording).toList()), WHAT,
					batch.get(0).name() + " to " + batch.get(batch.size() - 1).name());
			batch.forEach(totals::add);
			totals.add(report);
		}
		catch (RecordingRejectedException ex) {
			if (batch.size() == 1) {
				refused.add(batch.get(0).name() + ": " + ex.problems().get(0));
				return;
			}
			for (Company company : batch) {
				record(List.of(company), archive, actor, totals, refused);
			}
		}
	}

	/** Several companies' recordings as one. */
	private static Recording combined(String archive, String actor, List<Recording> recordings) {
		List<SourceFact> sources = new ArrayList<>();
		List<OrganizationFact> organizations = new ArrayList<>();
		List<EventFact> events = new ArrayList<>();
		for (Recording recording : recordings) {
			sources.addAll(recording.sources());
			organizations.addAll(recording.organizations());
			events.addAll(recording.events());
		}
		return new Recording(archive, actor, archive, sources, organizations, List.of(), List.of(), List.of(), events);
	}

	/** Reads a company's file into the facts to record, made once. */
	private static Company read(String name, InputStream in, String actor) {
		CompanyFacts company = CompanyFactsReader.read(in, name);
		Quarters.Filed filed = Quarters.filed(company.reported());
		return new Company(name, filed.quarters().size(),
				FilingFacts.of(company, filed.quarters(), filed.capitalExpenditure(), name, actor));
	}

	/** A company's file read: its name, how many quarters it gives, and its facts. */
	private record Company(String name, int quarters, Recording recording) {
	}

	/** What the recordings of an import did, added up. */
	private static final class Totals {

		int companies;

		int quarters;

		int facts;

		int eventsCreated;

		int claimsAdded;

		int unchanged;

		int sourcesCreated;

		void add(Company company) {
			this.companies++;
			this.quarters += company.quarters();
			this.facts += company.recording().facts();
		}

		void add(RecordingReport report) {
			this.eventsCreated += report.eventsCreated();
			this.claimsAdded += report.claimsAdded();
			this.unchanged += report.unchanged();
			this.sourcesCreated += report.sourcesCreated();
		}

		FilingImportReport report(String name, List<String> refused, long started) {
			return new FilingImportReport(name, this.companies, this.quarters, this.facts, this.eventsCreated,
					this.claimsAdded, this.unchanged, this.sourcesCreated, refused,
					(System.nanoTime() - started) / 1_000_000);
		}

	}

}
