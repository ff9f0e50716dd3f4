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
import io.casefile.dataset.Dataset;
import io.casefile.dataset.Dataset.CitationEntry;
import io.casefile.dataset.Dataset.EventEntry;
import io.casefile.dataset.Dataset.OrganizationEntry;
import io.casefile.dataset.Dataset.PersonEntry;
import io.casefile.dataset.Dataset.RoleEntry;
import io.casefile.dataset.Dataset.SourceEntry;
import io.casefile.dataset.DatasetImport;
import io.casefile.dataset.DatasetRejectedException;
import io.casefile.dataset.Ids;
import io.casefile.date.StatedDate;
import io.casefile.organization.Organization;
import io.casefile.organization.OrganizationQueries;
import io.casefile.person.PersonQueries;
import io.casefile.security.Writer;
import io.casefile.system.InvalidArgumentException;
import io.casefile.system.Names;
import io.casefile.system.NotFoundException;
import io.casefile.system.Page;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes one fact at a time through the dataset import (so a fact is checked exactly as a
 * file's would be), with its audit record, in one transaction.
 * <p>
 * Natural keys make retries harmless: a source is its address; an organization or a
 * person is its name (or any alias); a role is its person, organization and title; an
 * event is its kind, organizations and date. An event that exists already is not changed
 * by a second source: the source's claim is kept on its citation, and where claims differ
 * the event is disputed.
 */
@Service
@Transactional
public class FactWriter {

	/** What writing an event did. */
	public enum Outcome {

		/** A new event. */
		CREATED,
		/** Another source's claim about an event that existed. */
		CLAIM_ADDED,
		/** Nothing: the graph had this already. */
		UNCHANGED

	}

	private final DatasetImport datasets;

	private final Neo4jClient neo4j;

	private final AuditLog audit;

	private final OrganizationQueries organizations;

	private final PersonQueries people;

	FactWriter(DatasetImport datasets, Neo4jClient neo4j, AuditLog audit, OrganizationQueries organizations,
			PersonQueries people) {
		this.datasets = datasets;
		this.neo4j = neo4j;
		this.audit = audit;
		this.organizations = organizations;
		this.people = people;
	}

	public String source(Writer writer, SourceEntry source) {
		SourceEntry keyed = withId(source);
		write(writer, "RECORD_SOURCE", keyed.id(),
				new Dataset(Dataset.FORMAT, "mutation", List.of(keyed), null, null, null, null, null),
				"recorded source " + describe(keyed));
		return keyed.id();
	}

	public String organization(Writer writer, OrganizationEntry organization) {
		String id = organization.id();
		if (id == null) {
			id = this.organizations.byName(organization.name())
				.map(Organization::id)
				.orElseGet(() -> newOrganizationId(organization.name()));
		}
		// Aliases are only ever added: a name that once named it still finds it.
		Set<String> aliases = new LinkedHashSet<>(existingAliases(id));
		if (organization.aliases() != null) {
			aliases.addAll(organization.aliases());
		}
		aliases.remove(organization.name());
		OrganizationEntry keyed = new OrganizationEntry(id, organization.name(), List.copyOf(aliases),
				organization.kind());
		write(writer, "RECORD_ORGANIZATION", id,
				new Dataset(Dataset.FORMAT, "mutation", null, List.of(keyed), null, null, null, null),
				"recorded organization " + organization.name() + " (" + id + ")");
		return id;
	}

	public String person(Writer writer, PersonEntry person) {
		String id = (person.id() != null) ? person.id() : personByName(person.name());
		PersonEntry keyed = new PersonEntry(id, person.name());
		write(writer, "RECORD_PERSON", id,
				new Dataset(Dataset.FORMAT, "mutation", null, null, List.of(keyed), null, null, null),
				"recorded person " + person.name() + " (" + id + ")");
		return id;
	}

	/** Records a role; returns the person's id. */
	public String role(Writer writer, RoleEntry role, @Nullable List<SourceEntry> sources) {
		requireCitations("A role", role.citations());
		String person = this.people.idsByIdOrName(List.of(role.person())).get(role.person());
		String organization = this.organizations.idsByIdOrName(List.of(role.organization())).get(role.organization());
		String id = (role.id() != null) ? role.id()
				: "role-" + person + "-" + organization + "-" + Ids.slug(role.title());
		RoleEntry keyed = new RoleEntry(id, person, organization, role.title(), role.from(), role.until(),
				role.citations());
		write(writer, "RECORD_ROLE", id,
				new Dataset(Dataset.FORMAT, "mutation", keyedSources(sources), null, null, List.of(keyed), null, null),
				"recorded role " + role.title() + " of " + person + " at " + organization);
		return Objects.requireNonNull(person);
	}

	/** What {@link #event} wrote, and the event's id. */
	public record EventWrite(String id, Outcome outcome) {
	}

	public EventWrite event(Writer writer, EventEntry event, @Nullable List<SourceEntry> sources) {
		requireCitations("An event", event.citations());
		List<String> organizationIds = new ArrayList<>();
		if (event.organizations() != null && !event.organizations().isEmpty()) {
			Map<String, String> ids = this.organizations.idsByIdOrName(event.organizations());
			event.organizations().forEach((given) -> organizationIds.add(ids.get(given)));
		}
		String id = (event.id() != null) ? event.id() : naturalKey(event, organizationIds);
		if (isRetracted(id)) {
			throw new InvalidArgumentException("The event " + id
					+ " was retracted; a retracted fact keeps its id. Give this one an id of its own.");
		}
		List<SourceEntry> keyedSources = keyedSources(sources);
		if (!exists(id)) {
			EventEntry keyed = Dataset.withIdentity(event, id, organizationIds);
			write(writer, "RECORD_EVENT", id,
					new Dataset(Dataset.FORMAT, "mutation", keyedSources, null, null, null, null, List.of(keyed)),
					"recorded " + event.kind() + " " + id + ": " + event.title());
			return new EventWrite(id, Outcome.CREATED);
		}
		if (!keyedSources.isEmpty()) {
			writeFacts(new Dataset(Dataset.FORMAT, "mutation", keyedSources, null, null, null, null, null));
		}
		requireSources(event.citations());
		int claims = this.neo4j.query(FactWrites.ADD_CLAIMS)
			.bindAll(Map.of("id", id, "citations", citationRows(event.citations()), "claim", claim(event), "now",
					ZonedDateTime.now(), "actor", writer.identity()))
			.run()
			.counters()
			.relationshipsCreated();
		if (claims == 0) {
			return new EventWrite(id, Outcome.UNCHANGED);
		}
		this.audit.record(writer.identity(), "CLAIM_EVENT", id, List.of(id),
				"added " + claims + " claim(s) about " + id + " from " + sourcesOf(event.citations()));
		return new EventWrite(id, Outcome.CLAIM_ADDED);
	}

	/** A correction of an event's values, cited; returns the event's id. */
	public String correct(Writer writer, String id, Correction correction, CitationEntry citation,
			@Nullable List<SourceEntry> sources) {
		if (correction.isEmpty()) {
			throw new InvalidArgumentException("The correction changes nothing: give at least one value to correct");
		}
		List<SourceEntry> keyedSources = keyedSources(sources);
		if (!keyedSources.isEmpty()) {
			writeFacts(new Dataset(Dataset.FORMAT, "mutation", keyedSources, null, null, null, null, null));
		}
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
	public Retraction retract(Writer writer, String id, String reason) {
		if (reason.isBlank()) {
			throw new InvalidArgumentException("Say why the fact is retracted: the reason is kept with it");
		}
		ZonedDateTime now = ZonedDateTime.now();
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

	private void write(Writer writer, String action, String id, Dataset dataset, String summary) {
		writeFacts(dataset);
		this.audit.record(writer.identity(), action, id, List.of(id), summary);
	}

	/** Writes through the dataset import; a refusal is a single fact's, not a file's. */
	private void writeFacts(Dataset dataset) {
		try {
			this.datasets.write(dataset);
		}
		catch (DatasetRejectedException ex) {
			throw ex.asFact();
		}
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
				throw DatasetRejectedException.fact(List.of("citations: no source with id \"" + source
						+ "\" in the graph; give it in sources or record it first"));
			}
		}
	}

	private boolean exists(String id) {
		return this.neo4j.query(FactWrites.EVENT_EXISTS).bind(id).to("id").fetchAs(Boolean.class).one().orElse(false);
	}

	private boolean isRetracted(String id) {
		return this.neo4j.query(FactWrites.RETRACTED).bind(id).to("id").fetchAs(Boolean.class).one().orElse(false);
	}

	private List<String> existingAliases(String id) {
		return this.neo4j.query(FactWrites.ORGANIZATION_ALIASES)
			.bind(id)
			.to("id")
			.fetchAs(List.class)
			.mappedBy((types, record) -> record.get("aliases").isNull() ? List.of()
					: record.get("aliases").asList(Value::asString))
			.one()
			.map((aliases) -> (List<String>) aliases)
			.orElse(List.of());
	}

	/**
	 * An id for an organization the graph does not know by this name: its slug, unless
	 * another organization has that ("Foo Inc" and "Foo, Inc."), then the slug and a
	 * digest of the name.
	 */
	private String newOrganizationId(String name) {
		String slug = Ids.slug(name);
		boolean taken = this.organizations.byId(slug).isPresent();
		return taken ? slug + "-" + Ids.digest(Names.key(name)).substring(0, 8) : slug;
	}

	private String personByName(String name) {
		return this.neo4j.query(FactWrites.PERSON_BY_NAME)
			.bind(Names.key(name))
			.to("key")
			.fetchAs(String.class)
			.one()
			.orElse(Ids.slug(name));
	}

	/**
	 * An event's natural key: its kind, its organizations and its date (by the days it
	 * can mean, so "28 January 2026" and "2026-01-28" are one date).
	 */
	static String naturalKey(EventEntry event, List<String> organizationIds) {
		StatedDate date = StatedDate.parse(event.date());
		String organizations = String.join(",", organizationIds.stream().sorted().toList());
		String key = event.kind() + "|" + organizations + "|" + date.precision() + "|" + date.earliest() + "|"
				+ date.latest();
		String first = organizationIds.isEmpty() ? "event" : organizationIds.stream().sorted().findFirst().get();
		return event.kind().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + first + "-"
				+ Ids.digest(key).substring(0, 12);
	}

	private static List<SourceEntry> keyedSources(@Nullable List<SourceEntry> sources) {
		return (sources != null) ? sources.stream().map(FactWriter::withId).toList() : List.of();
	}

	/** A source's id: the one given, else one made from its address or its title. */
	private static SourceEntry withId(SourceEntry source) {
		if (source.id() != null) {
			return source;
		}
		String key = (source.url() != null) ? source.url()
				: (source.title() != null) ? source.title() + "|" + source.publishedOn() : null;
		if (key == null) {
			throw new InvalidArgumentException("A source needs an id, a url or a title to be known by");
		}
		return new SourceEntry(Ids.source(key), source.title(), source.author(), source.publisher(),
				source.publishedOn(), source.url());
	}

	private static String describe(SourceEntry source) {
		return source.id() + " (" + ((source.url() != null) ? source.url() : source.title()) + ")";
	}

	private static List<Map<String, Object>> citationRows(List<CitationEntry> citations) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < citations.size(); i++) {
			rows.add(Map.of("source", citations.get(i).source(), "excerpt", citations.get(i).excerpt(), "position", i));
		}
		return rows;
	}

	private static String sourcesOf(List<CitationEntry> citations) {
		return String.join(", ", citations.stream().map(CitationEntry::source).distinct().toList());
	}

	/** What a source claims about an existing event: its headcount and date. */
	private static Map<String, Object> claim(EventEntry event) {
		Map<String, @Nullable Object> claim = new LinkedHashMap<>();
		claim.put("claimedHeadcount", event.headcount());
		StatedDate.parse(event.date()).toProperties("claimedDate", claim);
		claim.values().removeIf(Objects::isNull);
		return new HashMap<>(claim);
	}

}
