package io.casefile.writing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.casefile.dataset.Dataset.CitationEntry;
import io.casefile.dataset.Dataset.EventEntry;
import io.casefile.dataset.Dataset.OrganizationEntry;
import io.casefile.dataset.Dataset.PersonEntry;
import io.casefile.dataset.Dataset.RoleEntry;
import io.casefile.dataset.Dataset.SourceEntry;
import io.casefile.dataset.DatasetFacts;
import io.casefile.person.PersonQueries;
import io.casefile.recording.Facts.EventFact;
import io.casefile.recording.Facts.OrganizationFact;
import io.casefile.recording.Facts.PersonFact;
import io.casefile.recording.Facts.RoleFact;
import io.casefile.recording.Facts.SourceFact;
import io.casefile.recording.Outcome;
import io.casefile.recording.Problem;
import io.casefile.recording.Recorder;
import io.casefile.recording.Recording;
import io.casefile.recording.RecordingRejectedException;
import io.casefile.recording.RecordingReport;
import io.casefile.security.Writer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The mutations' door to the recording core: each writes one fact, shaped as the dataset
 * format's entries, with the sources its citations name, in one transaction with its
 * audit record (only when something changed). The core's natural keys make retries
 * harmless: a source is its address; an organization its id, identifier or name (or
 * alias, whatever the spelling); a person their name; a role its person, organization and
 * title; an event its kind's key (a wave its organization and date, a capex figure its
 * fiscal year and basis...). An event that exists already is not changed by a second
 * source: the source's claim is kept on its citation, and where claims differ the event
 * is disputed. Corrections and retractions take the recording lock too.
 */
@Service
public class FactWriter {

	/** What the mutations record as: no file, the mutation itself. */
	static final String MUTATION = "mutation";

	private final Recorder recorder;

	private final PersonQueries people;

	FactWriter(Recorder recorder, PersonQueries people) {
		this.recorder = recorder;
		this.people = people;
	}

	public String source(Writer writer, SourceEntry source) {
		RecordingReport report = this.recorder.recordFacts(
				recording(writer, List.of(source(source, "source")), List.of(), List.of(), List.of(), List.of()),
				"RECORD_SOURCE");
		return report.sourceIds().getFirst();
	}

	public String organization(Writer writer, OrganizationEntry organization, @Nullable List<SourceEntry> sources) {
		List<Problem> problems = new ArrayList<>();
		OrganizationFact fact = DatasetFacts.organization(organization, "organization", problems);
		if (!problems.isEmpty()) {
			throw RecordingRejectedException.fact(problems);
		}
		RecordingReport report = this.recorder.recordFacts(
				recording(writer, sources(sources), List.of(fact), List.of(), List.of(), List.of()),
				"RECORD_ORGANIZATION");
		return report.organizationIds().getFirst();
	}

	public String person(Writer writer, PersonEntry person) {
		RecordingReport report = this.recorder.recordFacts(recording(writer, List.of(), List.of(),
				List.of(new PersonFact("person", person.id(), String.valueOf(person.name()))), List.of(), List.of()),
				"RECORD_PERSON");
		return report.personIds().getFirst();
	}

	/** Records a role; returns the person's id. */
	public String role(Writer writer, RoleEntry role, @Nullable List<SourceEntry> sources) {
		requireCitations("A role", role.citations());
		String person = this.people.idsByIdOrName(List.of(role.person())).get(role.person());
		RoleFact fact = new RoleFact("role", role.id(), role.person(), role.organization(), role.title(), role.from(),
				role.until(), DatasetFacts.citations(role.citations()));
		this.recorder.recordFacts(new Recording(MUTATION, writer.identity(), null, sources(sources), List.of(),
				List.of(), List.of(fact), List.of(), List.of()), "RECORD_ROLE");
		return Objects.requireNonNull(person);
	}

	/** What {@link #event} wrote, and the event's id. */
	public record EventWrite(String id, Outcome outcome) {
	}

	public EventWrite event(Writer writer, EventEntry event, @Nullable List<SourceEntry> sources) {
		requireCitations("An event", event.citations());
		List<Problem> problems = new ArrayList<>();
		EventFact fact = DatasetFacts.event(event, "event", problems);
		if (!problems.isEmpty() || fact == null) {
			throw RecordingRejectedException.fact(problems);
		}
		RecordingReport report = this.recorder.recordFacts(
				recording(writer, sources(sources), List.of(), List.of(), List.of(), List.of(fact)), "RECORD_EVENT");
		RecordingReport.EventOutcome outcome = report.events().getFirst();
		return new EventWrite(outcome.id(), outcome.outcome());
	}

	private static Recording recording(Writer writer, List<SourceFact> sources, List<OrganizationFact> organizations,
			List<PersonFact> people, List<RoleFact> roles, List<EventFact> events) {
		return new Recording(MUTATION, writer.identity(), null, sources, organizations, people, roles, List.of(),
				events);
	}

	private static List<SourceFact> sources(@Nullable List<SourceEntry> sources) {
		if (sources == null) {
			return List.of();
		}
		List<SourceFact> facts = new ArrayList<>();
		for (int i = 0; i < sources.size(); i++) {
			facts.add(source(sources.get(i), "sources[" + i + "]"));
		}
		return facts;
	}

	private static SourceFact source(SourceEntry s, String where) {
		return new SourceFact(where, s.id(), s.title(), s.author(), s.publisher(), s.publishedOn(), s.url(), null);
	}

	/**
	 * Records the sources a revision's citation names that the graph does not have yet.
	 */
	public void sources(Writer writer, @Nullable List<SourceEntry> sources) {
		if (sources != null && !sources.isEmpty()) {
			this.recorder.recordFacts(recording(writer, sources(sources), List.of(), List.of(), List.of(), List.of()),
					"RECORD_SOURCE");
		}
	}

	private static void requireCitations(String what, @Nullable List<CitationEntry> citations) {
		if (citations == null || citations.isEmpty()) {
			throw new CitationRequiredException(what);
		}
	}

}
