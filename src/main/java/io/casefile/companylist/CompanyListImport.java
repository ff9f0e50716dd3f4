package io.casefile.companylist;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.casefile.csv.CsvColumns;
import io.casefile.csv.CsvRecords;
import io.casefile.csv.FileSource;
import io.casefile.organization.IdentifierType;
import io.casefile.organization.OrganizationIdentifier;
import io.casefile.recording.FactRules;
import io.casefile.recording.Facts.Attribute;
import io.casefile.recording.Facts.AttributeFact;
import io.casefile.recording.Facts.CitationFact;
import io.casefile.recording.Facts.IdentifierFact;
import io.casefile.recording.Facts.OrganizationFact;
import io.casefile.recording.Facts.SourceFact;
import io.casefile.recording.Problem;
import io.casefile.recording.Recorder;
import io.casefile.recording.Recording;
import io.casefile.recording.RecordingRejectedException;
import io.casefile.recording.RecordingReport;
import io.casefile.system.InvalidArgumentException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Imports a list of companies (an index's constituents, a register): each row is an
 * organization with its identifiers (ticker, CIK, LEI, Wikidata item, domain) and its
 * attributes (sector, industry, headquarters, country), all cited to the list's source. A
 * company the graph knows (by identifier, or by name whatever its spelling and legal
 * form) gains the list's identifiers and attributes; another is new. Rows of one company
 * (two share classes with one CIK) are one organization. Names and identifiers never
 * clash: a company named "Dash" and another's ticker DASH are two things. A malformed
 * row, or a name that fits two organizations, refuses the list and nothing is written.
 */
@Service
public class CompanyListImport {

	private static final Map<String, List<String>> USUAL = new LinkedHashMap<>();

	static {
		USUAL.put("name", List.of("security", "name", "company", "companyname", "issuer", "issuername", "organization",
				"legalname", "entityname"));
		USUAL.put("ticker", List.of("symbol", "ticker", "tickersymbol", "tradingsymbol"));
		USUAL.put("exchange", List.of("exchange", "listingexchange", "market"));
		USUAL.put("cik", List.of("cik", "centralindexkey", "seccik"));
		USUAL.put("lei", List.of("lei", "legalentityidentifier"));
		USUAL.put("wikidata", List.of("wikidata", "wikidataid", "qid"));
		USUAL.put("domain", List.of("domain", "website", "web", "homepage"));
		USUAL.put("sector", List.of("gicssector", "sector"));
		USUAL.put("industry", List.of("gicssubindustry", "subindustry", "industry", "gicsindustry"));
		USUAL.put("headquarters",
				List.of("headquarterslocation", "headquarters", "hq", "hqlocation", "location", "city"));
		USUAL.put("country", List.of("country", "countryofincorporation", "domicile"));
	}

	/** Every column found by its usual name. */
	public static final CsvColumns USUAL_NAMES = new CsvColumns(USUAL, Map.of());

	private static final Map<String, IdentifierType> IDENTIFIERS = Map.of("ticker", IdentifierType.TICKER, "cik",
			IdentifierType.CIK, "lei", IdentifierType.LEI, "wikidata", IdentifierType.WIKIDATA, "domain",
			IdentifierType.DOMAIN);

	private static final Map<String, Attribute> ATTRIBUTES = Map.of("sector", Attribute.SECTOR, "industry",
			Attribute.INDUSTRY, "headquarters", Attribute.HEADQUARTERS, "country", Attribute.COUNTRY);

	private final Recorder recorder;

	CompanyListImport(Recorder recorder) {
		this.recorder = recorder;
	}

	/**
	 * Whether a file's header is a list of companies rather than a tracker: it names them
	 * with an identifier (a ticker, a CIK), and gives no day.
	 */
	public static boolean isCompanyList(List<String> header) {
		boolean identified = USUAL_NAMES.has(header, "ticker") || USUAL_NAMES.has(header, "cik")
				|| USUAL_NAMES.has(header, "lei");
		boolean dated = new CsvColumns(Map.of("date", List.of("date", "dateannounced", "announced", "noticedate")),
				Map.of())
			.has(header, "date");
		return identified && !dated;
	}

	/** Opens the file, each time it is read. */
	@FunctionalInterface
	public interface Opener {

		InputStream open() throws IOException;

	}

	/**
	 * What importing a list did.
	 *
	 * @param rows the companies' rows read
	 * @param organizationsCreated companies the graph did not know
	 * @param organizationsKnown companies the graph knew, by an identifier or a name
	 */
	public record CompanyListReport(String file, int rows, int organizationsCreated, int organizationsKnown,
			long millis) {
	}

	/**
	 * Imports a list, or throws {@link RecordingRejectedException} ("the company list was
	 * rejected") naming every problem, and writes nothing.
	 */
	public CompanyListReport write(String file, Opener opener, CsvColumns columns, FileSource source, String actor)
			throws IOException {
		long started = System.nanoTime();
		List<Problem> problems = new ArrayList<>();
		SourceFact sourceFact = source.fact(problems);
		if (sourceFact == null) {
			problems.add(Problem.at("the file", "source", null,
					"a list of companies names no source on its rows: give the list's source (--source URL, or "
							+ "--source-title and --source-published)"));
		}
		List<OrganizationFact> companies = new ArrayList<>();
		try (InputStream in = opener.open()) {
			CsvRecords.read(in, new Rows(columns, sourceFact, companies, problems));
		}
		if (!problems.isEmpty() || sourceFact == null) {
			throw RecordingRejectedException.file("company list", problems);
		}
		RecordingReport report = this.recorder.recordFile(new Recording(file, actor, file, List.of(sourceFact),
				companies, List.of(), List.of(), List.of(), List.of()), "company list");
		Set<String> known = new LinkedHashSet<>(report.organizationIds());
		return new CompanyListReport(file, companies.size(), report.organizationsCreated(),
				known.size() - report.organizationsCreated(), (System.nanoTime() - started) / 1_000_000);
	}

	/** The rows of a list, as organizations. */
	private static final class Rows implements CsvRecords.Handler {

		private final CsvColumns columns;

		private final @Nullable SourceFact source;

		private final List<OrganizationFact> companies;

		private final List<Problem> problems;

		private CsvColumns.Layout layout = new CsvColumns.Layout(Map.of(), 0);

		Rows(CsvColumns columns, @Nullable SourceFact source, List<OrganizationFact> companies,
				List<Problem> problems) {
			this.columns = columns;
			this.source = source;
			this.companies = companies;
			this.problems = problems;
		}

		@Override
		public boolean header(List<String> fields) {
			int before = this.problems.size();
			this.layout = this.columns.layout(fields, List.of("name"), Map.of(), this.problems);
			return this.problems.size() == before;
		}

		@Override
		public void record(int line, List<String> fields) {
			if (fields.size() != this.layout.columns()) {
				this.problems.add(Problem.atLine(line, null, null,
						"expected " + this.layout.columns() + " columns but found " + fields.size()));
				return;
			}
			String where = "line " + line;
			String name = this.layout.field(fields, "name");
			if (name == null) {
				this.problems.add(Problem.atLine(line, "name", null, "the company's name is empty"));
				return;
			}
			String problem = FactRules.name(name);
			if (problem != null) {
				this.problems.add(Problem.atLine(line, "name", name, problem));
				return;
			}
			CitationFact citation = (this.source != null)
					? new CitationFact(this.source.id(), excerpt(name, fields), null) : null;
			List<IdentifierFact> identifiers = new ArrayList<>();
			IDENTIFIERS.forEach((field, type) -> {
				String value = this.layout.field(fields, field);
				if (value != null) {
					try {
						String exchange = (type == IdentifierType.TICKER) ? this.layout.field(fields, "exchange")
								: null;
						identifiers.add(new IdentifierFact(new OrganizationIdentifier(type, value, exchange),
								(citation != null) ? List.of(citation) : List.of()));
					}
					catch (InvalidArgumentException ex) {
						this.problems.add(Problem.atLine(line, field, value, ex.getMessage()));
					}
				}
			});
			List<AttributeFact> attributes = new ArrayList<>();
			ATTRIBUTES.forEach((field, attribute) -> {
				String value = this.layout.field(fields, field);
				if (value != null && citation != null) {
					attributes.add(new AttributeFact(attribute, value, List.of(citation)));
				}
			});
			this.companies.add(new OrganizationFact(where, null, name, List.of(), "COMPANY",
					identifiers.stream()
						.sorted(java.util.Comparator.comparing((IdentifierFact i) -> i.identifier().type()))
						.toList(),
					attributes));
		}

		@Override
		public void problem(Problem problem) {
			this.problems.add(problem);
		}

		/** What the list says of the company, as a sentence: the citation's excerpt. */
		private String excerpt(String name, List<String> fields) {
			List<String> parts = new ArrayList<>();
			for (String field : this.columns.fields()) {
				String value = this.layout.field(fields, field);
				if (value != null && !field.equals("name")) {
					parts.add(field + " " + value);
				}
			}
			return name + (parts.isEmpty() ? "" : ": " + String.join("; ", parts));
		}

	}

}
