package io.casefile.writing;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.casefile.audit.AuditLog;
import io.casefile.dataset.Dataset.CitationEntry;
import io.casefile.dataset.Dataset.EventEntry;
import io.casefile.dataset.Dataset.OrganizationEntry;
import io.casefile.dataset.Dataset.PersonEntry;
import io.casefile.dataset.Dataset.RoleEntry;
import io.casefile.dataset.Dataset.SourceEntry;
import io.casefile.dataset.DatasetFacts;
import io.casefile.date.StatedDate;
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
import io.casefile.system.InvalidArgumentException;
import io.casefile.system.NotFoundException;
import io.casefile.system.Page;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

	private final Neo4jClient neo4j;

	private final AuditLog audit;

	private final PersonQueries people;

	FactWriter(Recorder recorder, Neo4jClient neo4j, AuditLog audit, PersonQueries people) {
		this.recorder = recorder;
		this.neo4j = neo4j;
		this.audit = audit;
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

	/** A correction of an event's values, cited; returns the event's id. */
	@Transactional
	public String correct(Writer writer, String id, Correction correction, CitationEntry citation,
			@Nullable List<SourceEntry> sources) {
		if (correction.isEmpty()) {
			throw new InvalidArgumentException("The correction changes nothing: give at least one value to correct");
		}
		if (sources != null && !sources.isEmpty()) {
			this.recorder.recordFacts(recording(writer, sources(sources), List.of(), List.of(), List.of(), List.of()),
					"RECORD_SOURCE");
		}
		this.recorder.lock(ZonedDateTime.now());
		requireSources(List.of(citation));
		Map<String, Object> before = this.neo4j.query(FactWrites.EVENT_PROPERTIES)
			.bind(id)
			.to("id")
			.fetchAs(Map.class)
			.mappedBy((types, record) -> record.get("props").asMap())
			.one()
			.orElseThrow(() -> new NotFoundException("event with id", id));
		Map<String, @Nullable Object> props = correction.properties(id);
		Map<String, @Nullable Object> claim = new HashMap<>();
		if (correction.headcount() != null) {
			claim.put("claimedHeadcount", correction.headcount());
		}
		if (correction.date() != null) {
			StatedDate.parse(correction.date()).toProperties("claimedDate", claim);
		}
		Map<String, @Nullable Object> params = new HashMap<>();
		params.put("id", id);
		params.put("props", props);
		params.put("source", citation.source());
		params.put("excerpt", citation.excerpt());
		params.put("claim", claim);
		params.put("now", ZonedDateTime.now());
		params.put("actor", writer.identity());
		this.neo4j.query(FactWrites.CORRECT).bindAll(params).run();
		List<String> changes = new ArrayList<>();
		props.forEach((key, value) -> {
			if (!key.equals("sortKey") && !Objects.equals(before.get(key), value)) {
				changes.add(key + ": " + before.get(key) + " -> " + value);
			}
		});
		this.audit.record(writer.identity(), "CORRECT_EVENT", id, List.of(id),
				"corrected " + id + " (" + String.join("; ", changes) + ") citing " + citation.source());
		return id;
	}

	/** Retracts a fact: kept, marked, hidden from every read. */
	@Transactional
	public Retraction retract(Writer writer, String id, String reason) {
		if (reason.isBlank()) {
			throw new InvalidArgumentException("Say why the fact is retracted: the reason is kept with it");
		}
		ZonedDateTime now = ZonedDateTime.now();
		this.recorder.lock(now);
		Map<String, @Nullable Object> params = new HashMap<>();
		params.put("id", id);
		params.put("reason", reason.strip());
		params.put("now", now);
		params.put("actor", writer.identity());
		Retraction retraction = this.neo4j.query(FactWrites.RETRACT)
			.bindAll(params)
			.fetchAs(Retraction.class)
			.mappedBy((types, record) -> new Retraction(record.get("id").asString(),
					record.get("labels").asList(Value::asString), record.get("title").asString(null), now,
					writer.identity(), reason.strip()))
			.one()
			.orElseThrow(() -> new NotFoundException("fact with id", id));
		this.audit.record(writer.identity(), "RETRACT", id, List.of(), "retracted " + id + ": " + reason.strip());
		return retraction;
	}

	/** Retracted facts, newest first, one page. */
	@Transactional(readOnly = true)
	public Page.Connection<Retraction> retractions(Page page) {
		List<Map<String, Object>> rows = List
			.copyOf(this.neo4j.query(FactWrites.RETRACTIONS).bindAll(page.parameters()).fetch().all());
		return page.connection(rows, (row) -> (String) row.get("sortKey"))
			.mapNodes((row) -> new Retraction((String) row.get("id"), (List<String>) row.get("labels"),
					(String) row.get("title"), (ZonedDateTime) row.get("at"), (String) row.get("actor"),
					(String) row.get("reason")));
	}

	private static void requireCitations(String what, @Nullable List<CitationEntry> citations) {
		if (citations == null || citations.isEmpty()) {
			throw new CitationRequiredException(what);
		}
	}

	private void requireSources(List<CitationEntry> citations) {
		List<String> ids = citations.stream().map(CitationEntry::source).distinct().toList();
		List<String> known = List.copyOf(this.neo4j.query("MATCH (s:Source) WHERE s.id IN $ids RETURN s.id")
			.bind(ids)
			.to("ids")
			.fetchAs(String.class)
			.all());
		for (String source : ids) {
			if (!known.contains(source)) {
				throw RecordingRejectedException.fact(List.of(Problem.at("citation", "source", source,
						"no source with this id in the graph: give it in sources or record it first")));
			}
		}
	}

}
