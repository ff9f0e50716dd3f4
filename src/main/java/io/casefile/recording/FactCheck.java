package io.casefile.recording;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import io.casefile.date.InvalidDateException;
import io.casefile.date.StatedDate;
import io.casefile.event.EventKind;
import io.casefile.recording.Facts.AttributeFact;
import io.casefile.recording.Facts.CitationFact;
import io.casefile.recording.Facts.EventFact;
import io.casefile.recording.Facts.FigureFact;
import io.casefile.recording.Facts.IdentifierFact;
import io.casefile.recording.Facts.OrganizationFact;
import io.casefile.recording.Facts.PersonFact;
import io.casefile.recording.Facts.ProjectFact;
import io.casefile.recording.Facts.RoleFact;
import io.casefile.recording.Facts.SourceFact;
import org.jspecify.annotations.Nullable;

/**
 * Everything that must hold of a recording on its own, before it meets the graph: every
 * fact cited with an excerpt, every date readable, every text clean and every number
 * plausible ({@link FactRules}), every kind's required fields given, no id used twice. It
 * collects every problem, each with its place, so that one reading of the report fixes
 * the file. References to facts the recording does not hold are the {@link Recorder}'s to
 * resolve against the graph.
 */
public final class FactCheck {

	private final List<Problem> problems = new ArrayList<>();

	private final Set<String> ids = new HashSet<>();

	private FactCheck() {
	}

	/** Every problem of the recording; empty when it may be written. */
	public static List<Problem> of(Recording recording) {
		FactCheck check = new FactCheck();
		recording.sources().forEach(check::source);
		recording.organizations().forEach(check::organization);
		recording.people().forEach(check::person);
		recording.roles().forEach(check::role);
		recording.projects().forEach(check::project);
		recording.events().forEach(check::event);
		return List.copyOf(check.problems);
	}

	/** The problems of one event on its own (a tracker checks its rows one at a time). */
	public static List<Problem> of(EventFact event) {
		FactCheck check = new FactCheck();
		check.event(event);
		return List.copyOf(check.problems);
	}

	/** The problems of one source on its own. */
	public static List<Problem> of(SourceFact source) {
		FactCheck check = new FactCheck();
		check.source(source);
		return List.copyOf(check.problems);
	}

	/** The problems of one organization on its own. */
	public static List<Problem> of(OrganizationFact organization) {
		FactCheck check = new FactCheck();
		check.organization(organization);
		return List.copyOf(check.problems);
	}

	private void source(SourceFact s) {
		declare("source", s.id(), s.where());
		if (s.id() == null && s.url() == null && s.title() == null) {
			problem(s.where(), null, null, "a source needs an id, an address (url) or a title to be known by");
		}
		if (s.url() != null) {
			check(s.where(), "url", s.url(), FactRules.url(s.url()));
		}
		optionalLine(s.where(), "title", s.title(), FactRules.TITLE);
		optionalLine(s.where(), "publisher", s.publisher(), FactRules.NAME);
		optionalLine(s.where(), "accession", s.accession(), FactRules.SHORT);
		date(s.where(), "publishedOn", s.publishedOn());
	}

	private void organization(OrganizationFact o) {
		declare("organization", o.id(), o.where());
		check(o.where(), "name", o.name(), FactRules.name(o.name()));
		for (String alias : o.aliases()) {
			check(o.where(), "aliases", alias, FactRules.name(alias));
		}
		for (IdentifierFact identifier : o.identifiers()) {
			citations(identifier.citations(), o.where() + " " + identifier.identifier(), false);
		}
		for (AttributeFact attribute : o.attributes()) {
			String field = attribute.attribute().name().toLowerCase(java.util.Locale.ROOT);
			check(o.where(), field, attribute.value(), FactRules.line(attribute.value(), FactRules.SHORT));
			citations(attribute.citations(), o.where() + " " + field, true);
		}
	}

	private void person(PersonFact p) {
		declare("person", p.id(), p.where());
		check(p.where(), "name", p.name(), FactRules.name(p.name()));
	}

	private void role(RoleFact r) {
		declare("role", r.id(), r.where());
		required(r.where(), "title", r.title());
		optionalLine(r.where(), "title", r.title(), FactRules.TITLE);
		required(r.where(), "person", r.person());
		required(r.where(), "organization", r.organization());
		date(r.where(), "from", r.from());
		date(r.where(), "until", r.until());
		citations(r.citations(), r.where(), true);
	}

	private void project(ProjectFact p) {
		declare("project", p.id(), p.where());
		check(p.where(), "name", p.name(), FactRules.name(p.name()));
		optionalProse(p.where(), "description", p.description());
		optionalLine(p.where(), "chipModel", p.chipModel(), FactRules.SHORT);
		if (p.chips() != null && (p.chips() < 0 || p.chips() > FactRules.MAX_CHIPS)) {
			problem(p.where(), "chips", String.valueOf(p.chips()),
					"a project has between 0 and %,d chips".formatted(FactRules.MAX_CHIPS));
		}
		citations(p.citations(), p.where(), true);
	}

	private void event(EventFact e) {
		String where = e.where();
		declare("event", e.id(), where);
		required(where, "title", e.title());
		optionalLine(where, "title", e.title(), FactRules.TITLE);
		optionalProse(where, "summary", e.summary());
		date(where, "date", e.date());
		citations(e.citations(), where, true);
		if (e.organizations().isEmpty() && e.kind() != EventKind.ANALYST_PROJECTION) {
			problem(where, "organizations", null, "an event needs at least one organization it concerns");
		}
		optionalLine(where, "location", e.location(), FactRules.SHORT);
		optionalLine(where, "industry", e.industry(), FactRules.SHORT);
		optionalLine(where, "country", e.country(), FactRules.SHORT);
		switch (e.kind()) {
			case LAYOFF_WAVE -> {
				if (e.headcount() != null) {
					check(where, "headcount", String.valueOf(e.headcount()), FactRules.headcount(e.headcount()));
				}
				if (e.percentage() != null && (e.percentage() < 0 || e.percentage() > 100)) {
					problem(where, "percentage", String.valueOf(e.percentage()),
							"a share of staff is between 0 and 100 percent (or 0 and 1)");
				}
				optionalLine(where, "scope", e.scope(), FactRules.SHORT);
				date(where, "carriedOutUntil", e.carriedOutUntil());
			}
			case STATEMENT -> {
				required(where, "speaker", e.speaker());
				if (blank(e.quote()) && blank(e.summary())) {
					problem(where, "quote", null, "a statement needs the quote or a summary of what was said");
				}
				optionalProse(where, "quote", e.quote());
				optionalLine(where, "venue", e.venue(), FactRules.SHORT);
				e.topics().forEach((topic) -> check(where, "topics", topic, FactRules.line(topic, FactRules.SHORT)));
			}
			case CAPEX -> {
				if (e.fiscalYear() == null) {
					problem(where, "fiscalYear", null, "a capex figure needs its fiscal year");
				}
				else {
					check(where, "fiscalYear", String.valueOf(e.fiscalYear()), FactRules.fiscalYear(e.fiscalYear()));
				}
				if (!"GUIDANCE".equals(e.basis()) && !"ACTUAL".equals(e.basis())) {
					problem(where, "basis", e.basis(), "basis must be GUIDANCE or ACTUAL");
				}
				if (e.amount() == null && e.direction() == null) {
					problem(where, "amount", null, "a capex figure needs an amount or a direction (UP, DOWN, FLAT)");
				}
				direction(where, e.direction());
				date(where, "givenOn", e.givenOn());
				amount(where, e);
			}
			case FINANCIAL_RESULT -> {
				required(where, "period", e.period());
				optionalLine(where, "period", e.period(), FactRules.SHORT);
				date(where, "reportedOn", e.reportedOn());
				if (e.figures().isEmpty()) {
					problem(where, "figures", null, "a financial result needs at least one figure");
				}
				figures(e.figures(), where + " figures");
			}
			case DEBT_RAISE -> {
				if (e.amount() == null) {
					problem(where, "amount", null, "a debt raise needs its amount");
				}
				amount(where, e);
			}
			case POLICY -> {
				// Its issuer, when given, is a person to resolve.
			}
			case HEADCOUNT_CHANGE -> {
				required(where, "change", e.change());
				optionalProse(where, "change", e.change());
			}
			case ANALYST_PROJECTION -> {
				required(where, "analyst", e.analyst());
				optionalLine(where, "measure", e.measure(), FactRules.SHORT);
				date(where, "covering", e.covering());
				amount(where, e);
			}
			case ESTIMATE -> {
				if (e.result() == null) {
					problem(where, "result", null, "an estimate needs its result");
				}
				else {
					figures(List.of(e.result()), where + " result");
				}
				optionalProse(where, "method", e.method());
				figures(e.inputs(), where + " inputs");
			}
		}
	}

	private void figures(List<FigureFact> figures, String where) {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < figures.size(); i++) {
			FigureFact f = figures.get(i);
			String at = where + "[" + i + "]" + ((f.id() != null) ? " (" + f.id() + ")" : "");
			if (f.id() != null && !seen.add(f.id())) {
				problem(at, "id", f.id(), "the id is used twice");
			}
			required(at, "metric", f.metric());
			optionalLine(at, "metric", f.metric(), FactRules.SHORT);
			optionalLine(at, "segment", f.segment(), FactRules.SHORT);
			required(at, "unit", f.unit());
			optionalLine(at, "text", f.text(), FactRules.TITLE);
			optionalProse(at, "method", f.method());
			if (f.value().abs().compareTo(FactRules.MAX_AMOUNT) > 0) {
				problem(at, "value", f.value().toPlainString(), "it is larger than any plausible figure");
			}
			// A derived figure is cited by its inputs; any other needs its own citation.
			citations(f.citations(), at, f.inputs().isEmpty());
		}
	}

	private void amount(String where, EventFact e) {
		if (e.amount() != null) {
			BigDecimal value = e.amount().value();
			check(where, "amount", value.toPlainString(), FactRules.amount(value));
			optionalLine(where, "amount text", e.amount().text(), FactRules.TITLE);
			if (e.amount().currency() != null && !e.amount().currency().matches("[A-Z]{3}")) {
				problem(where, "currency", e.amount().currency(), "a currency is its ISO 4217 code, such as USD");
			}
		}
	}

	private void direction(String where, @Nullable String direction) {
		if (direction != null && !List.of("UP", "DOWN", "FLAT").contains(direction)) {
			problem(where, "direction", direction, "direction must be UP, DOWN or FLAT");
		}
	}

	private void citations(List<CitationFact> citations, String where, boolean required) {
		if (citations.isEmpty()) {
			if (required) {
				problem(where, "citations", null,
						"no citation; every fact needs a source and the excerpt that says it");
			}
			return;
		}
		for (int i = 0; i < citations.size(); i++) {
			CitationFact c = citations.get(i);
			String at = where + " citations[" + i + "]";
			required(at, "source", c.source());
			if (blank(c.excerpt())) {
				problem(at, "excerpt", null, "the excerpt is missing: the sentence of the source that says the fact");
			}
			else {
				check(at, "excerpt", c.excerpt(), FactRules.prose(c.excerpt(), FactRules.EXCERPT));
			}
		}
	}

	private void declare(String what, @Nullable String id, String where) {
		if (id == null) {
			return;
		}
		check(where, "id", id, FactRules.line(id, FactRules.NAME));
		if (!this.ids.add(what + ":" + id)) {
			problem(where, "id", id, "the id is used twice");
		}
	}

	private void date(String where, String field, @Nullable String text) {
		if (text == null) {
			return;
		}
		String problem = FactRules.line(text, FactRules.SHORT);
		if (problem != null) {
			problem(where, field, text, problem);
			return;
		}
		try {
			StatedDate.parse(text);
		}
		catch (InvalidDateException ex) {
			problem(where, field, null, ex.getMessage());
		}
	}

	private void required(String where, String field, @Nullable String value) {
		if (blank(value)) {
			problem(where, field, null, field + " is missing");
		}
	}

	private void optionalLine(String where, String field, @Nullable String value, int max) {
		if (value != null) {
			check(where, field, value, FactRules.line(value, max));
		}
	}

	private void optionalProse(String where, String field, @Nullable String value) {
		if (value != null) {
			check(where, field, value, FactRules.prose(value, FactRules.PROSE));
		}
	}

	private void check(String where, String field, @Nullable String value, @Nullable String problem) {
		if (problem != null) {
			problem(where, field, value, problem);
		}
	}

	private void problem(String where, @Nullable String field, @Nullable String value, String reason) {
		this.problems.add(Problem.of(where, field, value, reason));
	}

	private static boolean blank(@Nullable String s) {
		return s == null || s.isBlank();
	}

	/** The entries of a list with the ids they declare, for callers that need them. */
	static <T> Set<String> idsOf(List<T> entries, Function<T, @Nullable String> id) {
		Set<String> ids = new HashSet<>();
		entries.forEach((entry) -> {
			String value = id.apply(entry);
			if (value != null) {
				ids.add(value);
			}
		});
		return ids;
	}

}
