package io.casefile.filing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.casefile.organization.IdentifierType;
import io.casefile.organization.OrganizationIdentifier;
import io.casefile.recording.Facts.AmountFact;
import io.casefile.recording.Facts.CitationFact;
import io.casefile.recording.Facts.EventFact;
import io.casefile.recording.Facts.FigureFact;
import io.casefile.recording.Facts.IdentifierFact;
import io.casefile.recording.Facts.OrganizationFact;
import io.casefile.recording.Facts.SourceFact;
import io.casefile.recording.Recording;

/**
 * A company's quarters as the facts the recording core records: the company (found by its
 * CIK, else by its name), each filing a source (its accession number, its index page on
 * the SEC's site, published the day it was filed), and each quarter a financial result
 * whose figures each cite the filing that gives them, known since the day it was filed.
 * The quarter's report date is the day of the first filing that gave any of its figures.
 */
final class FilingFacts {

	/**
	 * The order figures are listed in, free cash flow last as it is computed from two.
	 */
	private static final List<String> METRICS = List.of("REVENUE", "NET_INCOME", "OPERATING_CASH_FLOW",
			"CAPITAL_EXPENDITURE", Quarters.FREE_CASH_FLOW);

	private static final String PUBLISHER = "U.S. Securities and Exchange Commission (EDGAR)";

	private FilingFacts() {
	}

	/**
	 * The recording of one company's facts.
	 * @param name the file's name, as the audit log and the citations' {@code via} say
	 */
	static Recording of(CompanyFacts company, List<Quarters.Quarter> quarters, List<Quarters.Year> capex, String name,
			String actor) {
		OrganizationIdentifier cik = new OrganizationIdentifier(IdentifierType.CIK, Long.toString(company.cik()));
		String organization = cik.toString();
		OrganizationFact companyFact = new OrganizationFact("the file", null, company.name(), List.of(), "COMPANY",
				List.of(new IdentifierFact(cik, List.of())), List.of());
		Map<String, SourceFact> sources = new LinkedHashMap<>();
		List<EventFact> events = new ArrayList<>();
		for (Quarters.Quarter quarter : quarters) {
			String key = "cik" + company.cik() + "-" + quarter.end();
			List<FigureFact> figures = new ArrayList<>();
			List<CitationFact> citations = new ArrayList<>();
			for (String metric : METRICS) {
				List<Quarters.Claim> claims = quarter.figures().get(metric);
				if (claims == null) {
					continue;
				}
				for (int i = 0; i < claims.size(); i++) {
					Quarters.Claim claim = claims.get(i);
					String source = source(company, claim.filing(), sources);
					List<String> inputs = (metric.equals(Quarters.FREE_CASH_FLOW) && i == 0) ? inputs(key, quarter)
							: List.of();
					figures.add(new FigureFact((i == 0) ? figureId(key, metric) : null, metric, null, claim.value(),
							"USD", null, false, claim.method(), inputs,
							List.of(new CitationFact(source, claim.excerpt(), claim.filing().filed()))));
					String excerpt = claim.filing().form() + " filed " + claim.filing().filed() + " reports "
							+ quarter.name() + ", " + quarter.start() + " to " + quarter.end();
					if (citations.stream().noneMatch((c) -> c.source().equals(source))) {
						citations.add(new CitationFact(source, excerpt, claim.filing().filed()));
					}
				}
			}
			Reported first = quarter.firstFiling();
			String date = quarter.calendar() ? quarter.name() : quarter.start() + " to " + quarter.end();
			events.add(EventFact.financialResult("quarter ended " + quarter.end(), null, organization,
					company.name() + ": " + quarter.name() + " results, as filed", date, quarter.name(), "QUARTER",
					first.filed().toString(), figures, citations));
		}
		for (Quarters.Year year : capex) {
			// One fact per value filed: a restated year is one capex figure with two
			// claims.
			for (Quarters.Claim claim : year.claims()) {
				String source = source(company, claim.filing(), sources);
				events.add(EventFact.capex("fiscal year ended " + year.end(), null, organization,
						company.name() + ": capital expenditure for fiscal " + year.fiscalYear() + ", as filed",
						year.calendar() ? Integer.toString(year.fiscalYear()) : year.start() + " to " + year.end(),
						year.fiscalYear(), "ACTUAL", null, new AmountFact(claim.value(), "USD", null),
						List.of(new CitationFact(source, claim.excerpt(), claim.filing().filed()))));
			}
		}
		return new Recording(name, actor, name, List.copyOf(sources.values()), List.of(companyFact), List.of(),
				List.of(), List.of(), events);
	}

	/** The filing as a source, once per recording; its id is its reference. */
	private static String source(CompanyFacts company, Reported filing, Map<String, SourceFact> sources) {
		String id = "sec-" + filing.accession();
		sources.computeIfAbsent(id,
				(k) -> new SourceFact("filing " + filing.accession(), id,
						company.name() + ", Form " + filing.form() + " filed " + filing.filed(), null, PUBLISHER,
						filing.filed().toString(), url(company.cik(), filing.accession()), filing.accession()));
		return id;
	}

	/** The filing's index page on EDGAR. */
	static String url(long cik, String accession) {
		return "https://www.sec.gov/Archives/edgar/data/" + cik + "/" + accession.replace("-", "") + "/" + accession
				+ "-index.htm";
	}

	private static List<String> inputs(String key, Quarters.Quarter quarter) {
		return List.of(figureId(key, "OPERATING_CASH_FLOW"), figureId(key, "CAPITAL_EXPENDITURE"));
	}

	private static String figureId(String key, String metric) {
		return key + "-" + metric.toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
