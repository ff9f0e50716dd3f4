package io.casefile.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.casefile.dataset.Dataset.CitationEntry;
import io.casefile.dataset.Dataset.EventEntry;
import io.casefile.dataset.Dataset.FigureEntry;
import io.casefile.date.InvalidDateException;
import io.casefile.date.StatedDate;
import io.casefile.event.EventKind;
import org.jspecify.annotations.Nullable;

/**
 * Everything that must hold before a dataset touches the graph: every fact cited with an
 * excerpt from a known source, every date readable, every reference resolvable, every
 * name owned by one organization. It collects all problems, each with its place in the
 * file, so that one reading of the report fixes the file.
 */
final class DatasetCheck {

	private final List<String> problems = new ArrayList<>();

	private final Map<GraphLabel, Set<String>> declared = new HashMap<>();

	/**
	 * Ids the file refers to without declaring them; they must already be in the graph.
	 */
	private final Map<GraphLabel, Map<String, String>> references = new HashMap<>();

	/** Speakers named by statements: a person's or an organization's id. */
	private final Map<String, String> speakers = new HashMap<>();

	private final Dataset dataset;

	private DatasetCheck(Dataset dataset) {
		this.dataset = dataset;
	}

	/**
	 * Checks the file on its own; references it does not declare are left for
	 * {@link #unresolved()}.
	 */
	static DatasetCheck of(Dataset dataset) {
		DatasetCheck check = new DatasetCheck(dataset);
		check.run();
		return check;
	}

	List<String> problems() {
		return this.problems;
	}

	/**
	 * Ids the file names but does not declare, by label, each with the place that names
	 * it.
	 */
	Map<GraphLabel, Map<String, String>> unresolved() {
		Map<GraphLabel, Map<String, String>> unresolved = new HashMap<>();
		this.references.forEach((label, ids) -> ids.forEach((id, where) -> {
			if (!declared(label).contains(id)) {
				unresolved.computeIfAbsent(label, (k) -> new HashMap<>()).put(id, where);
			}
		}));
		return unresolved;
	}

	/**
	 * Speakers that are neither a person nor an organization of the file, each with the
	 * place that names it.
	 */
	Map<String, String> unresolvedSpeakers() {
		Map<String, String> unresolved = new HashMap<>(this.speakers);
		unresolved.keySet().removeAll(declared(GraphLabel.Person));
		unresolved.keySet().removeAll(declared(GraphLabel.Organization));
		return unresolved;
	}

	Set<String> declaredPeople() {
		return declared(GraphLabel.Person);
	}

	void problem(String problem) {
		this.problems.add(problem);
	}

	private void run() {
		if (!Dataset.FORMAT.equals(this.dataset.format())) {
			problem("format: expected \"" + Dataset.FORMAT + "\" but found \"" + this.dataset.format() + "\"");
		}
		if (blank(this.dataset.dataset())) {
			problem("dataset: a dataset needs a name");
		}
		each("people", this.dataset.people(), Dataset.PersonEntry::id, (p, where) -> {
			declare(GraphLabel.Person, p.id(), where);
			require(p.name(), where, "name");
		});
		each("organizations", this.dataset.organizations(), Dataset.OrganizationEntry::id, (o, where) -> {
			declare(GraphLabel.Organization, o.id(), where);
			require(o.name(), where, "name");
		});
		each("sources", this.dataset.sources(), Dataset.SourceEntry::id, (s, where) -> {
			declare(GraphLabel.Source, s.id(), where);
			date(s.publishedOn(), where, "publishedOn");
			refer(GraphLabel.Person, s.author(), where + " author");
		});
		each("roles", this.dataset.roles(), Dataset.RoleEntry::id, (r, where) -> {
			declare(GraphLabel.Role, r.id(), where);
			require(r.title(), where, "title");
			refer(GraphLabel.Person, required(r.person(), where, "person"), where + " person");
			refer(GraphLabel.Organization, required(r.organization(), where, "organization"), where + " organization");
			date(r.from(), where, "from");
			date(r.until(), where, "until");
			citations(r.citations(), where);
		});
		each("projects", this.dataset.projects(), Dataset.ProjectEntry::id, (p, where) -> {
			declare(GraphLabel.Project, p.id(), where);
			require(p.name(), where, "name");
			refer(GraphLabel.Organization, p.organization(), where + " organization");
			citations(p.citations(), where);
		});
		each("events", this.dataset.events(), EventEntry::id, this::event);
	}

	private void event(EventEntry e, String where) {
		declare(GraphLabel.Event, e.id(), where);
		require(e.title(), where, "title");
		date(e.date(), where, "date");
		citations(e.citations(), where);
		if (e.organizations() == null || e.organizations().isEmpty()) {
			problem(where + ": an event needs at least one organization it concerns");
		}
		else {
			e.organizations().forEach((o) -> refer(GraphLabel.Organization, o, where + " organizations"));
		}
		EventKind kind;
		try {
			kind = EventKind.valueOf(String.valueOf(e.kind()));
		}
		catch (IllegalArgumentException ex) {
			problem(where + ": kind \"" + e.kind() + "\" is not one of " + List.of(EventKind.values()));
			return;
		}
		switch (kind) {
			case LAYOFF_WAVE -> {
				if (e.headcount() != null && e.headcount() < 0) {
					problem(where + ": headcount " + e.headcount() + " is negative");
				}
				date(e.carriedOutUntil(), where, "carriedOutUntil");
			}
			case STATEMENT -> {
				String speaker = required(e.speaker(), where, "speaker");
				if (speaker != null) {
					this.speakers.putIfAbsent(speaker, where + " speaker");
				}
				if (blank(e.quote()) && blank(e.summary())) {
					problem(where + ": a statement needs the quote or a summary of what was said");
				}
			}
			case CAPEX -> {
				if (e.fiscalYear() == null) {
					problem(where + ": a capex figure needs its fiscalYear");
				}
				if (!"GUIDANCE".equals(e.basis()) && !"ACTUAL".equals(e.basis())) {
					problem(where + ": basis must be GUIDANCE or ACTUAL");
				}
				if (e.amount() == null && e.direction() == null) {
					problem(where + ": a capex figure needs an amount or a direction (UP, DOWN, FLAT)");
				}
				direction(e.direction(), where);
				date(e.givenOn(), where, "givenOn");
			}
			case FINANCIAL_RESULT -> {
				require(e.period(), where, "period");
				date(e.reportedOn(), where, "reportedOn");
				if (e.figures() == null || e.figures().isEmpty()) {
					problem(where + ": a financial result needs at least one figure");
				}
				figures(e.figures(), where + " figures");
			}
			case DEBT_RAISE -> {
				if (e.amount() == null) {
					problem(where + ": a debt raise needs its amount");
				}
			}
			case POLICY -> refer(GraphLabel.Person, e.issuedBy(), where + " issuedBy");
			case HEADCOUNT_CHANGE -> require(e.change(), where, "change");
			case ANALYST_PROJECTION -> {
				refer(GraphLabel.Organization, required(e.analyst(), where, "analyst"), where + " analyst");
				date(e.covering(), where, "covering");
			}
			case ESTIMATE -> {
				if (e.result() == null) {
					problem(where + ": an estimate needs its result");
				}
				else {
					figures(List.of(e.result()), where + " result");
				}
				figures(e.inputs(), where + " inputs");
				if (e.basedOn() != null) {
					e.basedOn().forEach((other) -> refer(GraphLabel.Event, other, where + " basedOn"));
				}
			}
		}
	}

	private void figures(@Nullable List<FigureEntry> figures, String where) {
		if (figures == null) {
			return;
		}
		each(where, figures, FigureEntry::id, (f, at) -> {
			declare(GraphLabel.Figure, f.id(), at);
			require(f.metric(), at, "metric");
			require(f.unit(), at, "unit");
			citations(f.citations(), at);
		});
	}

	private void direction(@Nullable String direction, String where) {
		if (direction != null && !List.of("UP", "DOWN", "FLAT").contains(direction)) {
			problem(where + ": direction must be UP, DOWN or FLAT");
		}
	}

	private void citations(@Nullable List<CitationEntry> citations, String where) {
		if (citations == null || citations.isEmpty()) {
			problem(where + ": no citation; every fact needs a source and the excerpt that says it");
			return;
		}
		for (int i = 0; i < citations.size(); i++) {
			CitationEntry c = citations.get(i);
			String at = where + " citations[" + i + "]";
			refer(GraphLabel.Source, required(c.source(), at, "source"), at + " source");
			require(c.excerpt(), at, "excerpt");
		}
	}

	private <T> void each(String section, List<T> entries, Function<T, String> id, Entry<T> check) {
		for (int i = 0; i < entries.size(); i++) {
			T entry = entries.get(i);
			String entryId = id.apply(entry);
			String where = section + "[" + i + "]" + (blank(entryId) ? "" : " (" + entryId + ")");
			if (blank(entryId)) {
				problem(where + ": missing id");
				continue;
			}
			check.accept(entry, where);
		}
	}

	private void declare(GraphLabel label, String id, String where) {
		if (!declared(label).add(id)) {
			problem(where + ": the id \"" + id + "\" is used twice");
		}
	}

	private Set<String> declared(GraphLabel label) {
		return this.declared.computeIfAbsent(label, (k) -> new HashSet<>());
	}

	private void refer(GraphLabel label, @Nullable String id, String where) {
		if (id != null) {
			this.references.computeIfAbsent(label, (k) -> new HashMap<>()).putIfAbsent(id, where);
		}
	}

	private void date(@Nullable String text, String where, String field) {
		try {
			StatedDate.parse(text);
		}
		catch (InvalidDateException ex) {
			problem(where + " " + field + ": " + ex.getMessage());
		}
	}

	private void require(@Nullable String value, String where, String field) {
		if (blank(value)) {
			problem(where + ": " + field + " is missing");
		}
	}

	private @Nullable String required(@Nullable String value, String where, String field) {
		require(value, where, field);
		return value;
	}

	private static boolean blank(@Nullable String s) {
		return s == null || s.isBlank();
	}

	@FunctionalInterface
	private interface Entry<T> {

		void accept(T entry, String where);

	}

}
