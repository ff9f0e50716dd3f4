package io.casefile.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.casefile.dataset.Dataset.CitationEntry;
import io.casefile.dataset.Dataset.EventEntry;
import io.casefile.dataset.Dataset.FigureEntry;
import io.casefile.dataset.Dataset.OrganizationEntry;
import io.casefile.event.EventKind;
import io.casefile.organization.IdentifierType;
import io.casefile.organization.OrganizationIdentifier;
import io.casefile.recording.Facts.AmountFact;
import io.casefile.recording.Facts.Attribute;
import io.casefile.recording.Facts.AttributeFact;
import io.casefile.recording.Facts.CitationFact;
import io.casefile.recording.Facts.EventFact;
import io.casefile.recording.Facts.FigureFact;
import io.casefile.recording.Facts.IdentifierFact;
import io.casefile.recording.Facts.OrganizationFact;
import io.casefile.recording.Facts.PersonFact;
import io.casefile.recording.Facts.ProjectFact;
import io.casefile.recording.Facts.RoleFact;
import io.casefile.recording.Facts.ShareFact;
import io.casefile.recording.Facts.SourceFact;
import io.casefile.recording.Problem;
import io.casefile.recording.Recording;
import io.casefile.recording.RecordingRejectedException;
import io.casefile.system.InvalidArgumentException;
import org.jspecify.annotations.Nullable;

/**
 * Hands a dataset's entries to the recording core as facts, each with its place in the
 * file ("events[3] (acme-layoffs)"). It only translates: what a value may be is the
 * core's to check. The mutations, whose inputs are shaped as the dataset's entries, use
 * the same translation.
 */
public final class DatasetFacts {

	private final List<Problem> problems = new ArrayList<>();

	private DatasetFacts() {
	}

	/**
	 * The dataset as facts. A dataset's citations come with its facts, so none records a
	 * file it came through.
	 * @param file whether the dataset is a file (a refusal is then the file's, not a
	 * mutation's single fact)
	 * @throws RecordingRejectedException when an entry names a kind, an identifier type
	 * or an attribute that does not exist
	 */
	public static Recording of(Dataset dataset, String actor, boolean file) {
		DatasetFacts facts = new DatasetFacts();
		List<SourceFact> sources = new ArrayList<>();
		List<OrganizationFact> organizations = new ArrayList<>();
		List<PersonFact> people = new ArrayList<>();
		List<RoleFact> roles = new ArrayList<>();
		List<ProjectFact> projects = new ArrayList<>();
		List<EventFact> events = new ArrayList<>();
		each(dataset.sources(), "sources", Dataset.SourceEntry::id, (s, where) -> sources
			.add(new SourceFact(where, s.id(), s.title(), s.author(), s.publisher(), s.publishedOn(), s.url(), null)));
		each(dataset.organizations(), "organizations", OrganizationEntry::id,
				(o, where) -> organizations.add(facts.organization(o, where)));
		each(dataset.people(), "people", Dataset.PersonEntry::id,
				(p, where) -> people.add(new PersonFact(where, p.id(), String.valueOf(p.name()))));
		each(dataset.roles(), "roles", Dataset.RoleEntry::id,
				(r, where) -> roles
					.add(new RoleFact(where, r.id(), String.valueOf(r.person()), String.valueOf(r.organization()),
							String.valueOf(r.title()), r.from(), r.until(), citations(r.citations()))));
		each(dataset.projects(), "projects", Dataset.ProjectEntry::id,
				(p, where) -> projects.add(new ProjectFact(where, p.id(), String.valueOf(p.name()), p.organization(),
						p.description(), p.chips(), p.chipModel(), citations(p.citations()))));
		each(dataset.events(), "events", EventEntry::id, (e, where) -> {
			EventFact event = facts.event(e, where);
			if (event != null) {
				events.add(event);
			}
		});
		if (!Dataset.FORMAT.equals(dataset.format())) {
			facts.problems.add(Problem.at("the file", "format", dataset.format(),
					"a dataset's format is \"" + Dataset.FORMAT + "\""));
		}
		if (dataset.dataset() == null || dataset.dataset().isBlank()) {
			facts.problems.add(Problem.at("the file", "dataset", null, "a dataset needs a name"));
		}
		if (!facts.problems.isEmpty()) {
			throw file ? RecordingRejectedException.file("dataset", facts.problems)
					: RecordingRejectedException.fact(facts.problems);
		}
		return new Recording(dataset.dataset(), actor, null, sources, organizations, people, roles, projects, events);
	}

	/** One event as a fact, or null when its kind is not one Casefile knows. */
	public static EventFact event(EventEntry e, String where, List<Problem> problems) {
		DatasetFacts facts = new DatasetFacts();
		EventFact event = facts.event(e, where);
		problems.addAll(facts.problems);
		return event;
	}

	/** One organization as a fact; its problems are added to the list. */
	public static OrganizationFact organization(OrganizationEntry o, String where, List<Problem> problems) {
		DatasetFacts facts = new DatasetFacts();
		OrganizationFact organization = facts.organization(o, where);
		problems.addAll(facts.problems);
		return organization;
	}

	private OrganizationFact organization(OrganizationEntry o, String where) {
		List<IdentifierFact> identifiers = new ArrayList<>();
		if (o.identifiers() != null) {
			for (Dataset.IdentifierEntry identifier : o.identifiers()) {
				try {
					IdentifierType type = IdentifierType
						.valueOf(String.valueOf(identifier.type()).toUpperCase(Locale.ROOT));
					identifiers.add(new IdentifierFact(
							new OrganizationIdentifier(type, String.valueOf(identifier.value()), identifier.exchange()),
							citations(identifier.citations())));
				}
				catch (IllegalArgumentException ex) {
					this.problems.add(Problem.of(where, "identifiers", identifier.type(),
							"an identifier's type is one of " + List.of(IdentifierType.values())));
				}
				catch (InvalidArgumentException ex) {
					this.problems.add(Problem.of(where, "identifiers", null, ex.getMessage()));
				}
			}
		}
		List<AttributeFact> attributes = new ArrayList<>();
		if (o.attributes() != null) {
			for (Dataset.AttributeEntry attribute : o.attributes()) {
				try {
					attributes.add(new AttributeFact(
							Attribute.valueOf(String.valueOf(attribute.name()).toUpperCase(Locale.ROOT)),
							String.valueOf(attribute.value()), citations(attribute.citations())));
				}
				catch (IllegalArgumentException ex) {
					this.problems.add(Problem.of(where, "attributes", attribute.name(),
							"an attribute is one of " + List.of(Attribute.values())));
				}
			}
		}
		return new OrganizationFact(where, o.id(), String.valueOf(o.name()), list(o.aliases()), o.kind(), identifiers,
				attributes);
	}

	private @Nullable EventFact event(EventEntry e, String where) {
		EventKind kind;
		try {
			kind = EventKind.valueOf(String.valueOf(e.kind()));
		}
		catch (IllegalArgumentException ex) {
			this.problems.add(Problem.of(where, "kind", e.kind(), "the kind is one of " + List.of(EventKind.values())));
			return null;
		}
		return new EventFact(where, e.id(), kind, list(e.organizations()), String.valueOf(e.title()), e.summary(),
				e.date(), e.headcount(), e.scope(), e.carriedOutUntil(), e.speaker(), e.quote(), e.venue(),
				list(e.topics()), e.fiscalYear(), e.basis(), e.direction(), e.givenOn(),
				(e.amount() != null) ? new AmountFact(e.amount().value(), e.amount().currency(), e.amount().text())
						: null,
				e.period(), e.periodKind(), e.reportedOn(), figures(e.figures()), e.issuedBy(), e.change(), e.factor(),
				e.analyst(), e.measure(), e.covering(),
				(e.share() != null) ? new ShareFact(e.share().value(), e.share().text()) : null, e.method(),
				list(e.basedOn()), figures(e.inputs()),
				(e.result() != null) ? figures(List.of(e.result())).getFirst() : null, null, null, null, null,
				citations(e.citations()));
	}

	private static List<FigureFact> figures(@Nullable List<FigureEntry> figures) {
		if (figures == null) {
			return List.of();
		}
		return figures.stream()
			.map((f) -> new FigureFact(f.id(), String.valueOf(f.metric()), f.segment(), f.value(),
					String.valueOf(f.unit()), f.text(), Boolean.TRUE.equals(f.approximate()), null, List.of(),
					citations(f.citations())))
			.toList();
	}

	/** A dataset's citations as facts. */
	public static List<CitationFact> citations(@Nullable List<CitationEntry> citations) {
		if (citations == null) {
			return List.of();
		}
		return citations.stream()
			.map((c) -> new CitationFact(String.valueOf(c.source()), String.valueOf(c.excerpt())))
			.toList();
	}

	private static <T> List<T> list(@Nullable List<T> list) {
		return (list != null) ? list.stream().filter(java.util.Objects::nonNull).toList() : List.of();
	}

	@FunctionalInterface
	private interface Entry<T> {

		void accept(T entry, String where);

	}

	private static <T> void each(List<T> entries, String section, java.util.function.Function<T, @Nullable String> id,
			Entry<T> each) {
		for (int i = 0; i < entries.size(); i++) {
			T entry = entries.get(i);
			String entryId = id.apply(entry);
			each.accept(entry, section + "[" + i + "]" + ((entryId != null) ? " (" + entryId + ")" : ""));
		}
	}

}
