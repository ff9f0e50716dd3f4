package io.casefile.recording;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.casefile.date.StatedDate;
import io.casefile.event.EventKind;
import io.casefile.organization.OrganizationNames;
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
import io.casefile.recording.RecordingReport.EventOutcome;
import io.casefile.recording.RecordingReport.PossibleDuplicate;
import io.casefile.recording.Resolution.EventState;
import io.casefile.recording.Resolution.OrganizationState;
import io.casefile.recording.Resolution.SourceState;
import io.casefile.recording.Resolution.Speaker;
import org.jspecify.annotations.Nullable;

/**
 * What a recording writes, decided from its facts and their {@link Resolution} before the
 * first write: the nodes to create, the names, identifiers and links to add, and the
 * citations that are new, each with what its source claims. Every list is the rows of one
 * batched statement. A citation the graph (or the recording) already has is not written
 * again, which is what makes recording the same facts twice change nothing.
 */
final class Plan {

	final List<Map<String, Object>> organizations = new ArrayList<>();

	final List<Map<String, Object>> names = new ArrayList<>();

	final List<Map<String, Object>> aliases = new ArrayList<>();

	final List<Map<String, Object>> identifiers = new ArrayList<>();

	final List<Map<String, Object>> attributes = new ArrayList<>();

	final List<Map<String, Object>> sources = new ArrayList<>();

	final List<Map<String, Object>> sourceUpdates = new ArrayList<>();

	final List<Map<String, Object>> people = new ArrayList<>();

	final List<Map<String, Object>> roles = new ArrayList<>();

	final List<Map<String, Object>> projects = new ArrayList<>();

	/** New events, by their kind's label. */
	final Map<String, List<Map<String, Object>>> events = new LinkedHashMap<>();

	final List<Map<String, Object>> figures = new ArrayList<>();

	/**
	 * Report dates known events learn: a filing dates a period an article left undated.
	 */
	final List<Map<String, Object>> reportDates = new ArrayList<>();

	/** Links to merge, by "FromLabel TYPE ToLabel". */
	final Map<String, List<Map<String, Object>>> links = new LinkedHashMap<>();

	/** New citations, by the label of the fact they support. */
	final Map<String, List<Map<String, Object>>> citations = new LinkedHashMap<>();

	final List<Map<String, Object>> possibleDuplicateRows = new ArrayList<>();

	final List<EventOutcome> eventOutcomes = new ArrayList<>();

	final List<PossibleDuplicate> possibleDuplicates = new ArrayList<>();

	/** Facts a mutation's audit names: what changed, in words. */
	final List<String> changes = new ArrayList<>();

	/** The ids of the facts that changed, for the audit log's links. */
	final Set<String> changedIds = new LinkedHashSet<>();

	int organizationsCreated;

	int sourcesCreated;

	int peopleCreated;

	int eventsCreated;

	int claimsAdded;

	int unchanged;

	private final Recording recording;

	final Resolution resolved;

	private final Map<String, Set<String>> citedNow = new HashMap<>();

	private final Set<String> writtenFigures = new HashSet<>();

	private Plan(Recording recording, Resolution resolved) {
		this.recording = recording;
		this.resolved = resolved;
	}

	static Plan of(Recording recording, Resolution resolved) {
		Plan plan = new Plan(recording, resolved);
		plan.sources();
		plan.people();
		plan.organizations();
		plan.roles();
		plan.projects();
		plan.events();
		return plan;
	}

	// Sources and people

	private void sources() {
		Set<String> created = new HashSet<>();
		for (int i = 0; i < this.recording.sources().size(); i++) {
			SourceFact s = this.recording.sources().get(i);
			SourceState state = this.resolved.sources.get(i);
			Map<String, Object> props = FactProperties.source(s, state.id());
			if (state.isNew()) {
				if (created.add(state.id())) {
					this.sources.add(Map.of("props", props));
					this.sourcesCreated++;
					changed(state.id(), "recorded source " + describe(s, state.id()));
				}
			}
			else {
				// A second door may know what the first did not (a title, a publisher).
				Map<String, Object> learnt = new LinkedHashMap<>();
				props.forEach((key, value) -> {
					if (!state.known().containsKey(key) && !key.startsWith("published")) {
						learnt.put(key, value);
					}
				});
				if (!state.known().containsKey("publishedPrecision")
						|| "UNKNOWN".equals(state.known().get("publishedPrecision"))) {
					props.forEach((key, value) -> {
						if (key.startsWith("published") && !"UNKNOWN".equals(props.get("publishedPrecision"))) {
							learnt.put(key, value);
						}
					});
				}
				learnt.remove("id");
				if (!learnt.isEmpty()) {
					this.sourceUpdates.add(Map.of("id", state.id(), "props", learnt));
					changed(state.id(), "completed source " + state.id() + " with " + learnt.keySet());
				}
			}
			if (s.author() != null) {
				link("Source", state.id(), "WRITTEN_BY", "Person", this.resolved.personRef(s.author()));
			}
		}
	}

	private void people() {
		Set<String> created = new HashSet<>();
		for (int i = 0; i < this.recording.people().size(); i++) {
			PersonFact p = this.recording.people().get(i);
			String id = this.resolved.people.get(i);
			if (this.resolved.newPeople.contains(id) && created.add(id)) {
				this.people.add(Map.of("props",
						Map.of("id", id, "name", p.name().strip(), "nameKey", OrganizationNames.key(p.name()))));
				this.peopleCreated++;
				changed(id, "recorded person " + p.name().strip() + " (" + id + ")");
			}
		}
	}

	// Organizations

	private void organizations() {
		Map<String, Map<String, Object>> created = new LinkedHashMap<>();
		for (int i = 0; i < this.recording.organizations().size(); i++) {
			OrganizationFact o = this.recording.organizations().get(i);
			OrganizationState state = this.resolved.organizations.get(i);
			if (state.isNew() && !created.containsKey(state.id())) {
				Map<String, Object> props = new LinkedHashMap<>();
				props.put("id", state.id());
				props.put("name", o.name().strip());
				props.put("kind", (o.kind() != null) ? o.kind() : "COMPANY");
				props.put("aliases", new ArrayList<String>());
				created.put(state.id(), props);
				this.organizationsCreated++;
				state.nameKeys().add(OrganizationNames.key(o.name()));
				name(state.id(), o.name());
				changed(state.id(), "recorded organization " + o.name().strip() + " (" + state.id() + ")");
			}
			String primary = state.isNew() ? (String) created.get(state.id()).get("name") : null;
			List<String> added = new ArrayList<>();
			for (String name : names(o)) {
				String key = OrganizationNames.key(name);
				if (state.nameKeys().add(key)) {
					name(state.id(), name);
					if (!name.strip().equals(primary)) {
						state.aliases().add(name.strip());
						added.add(name.strip());
					}
				}
			}
			if (!added.isEmpty()) {
				if (state.isNew()) {
					created.get(state.id()).put("aliases", List.copyOf(state.aliases()));
				}
				else {
					this.aliases.add(Map.of("id", state.id(), "aliases", List.copyOf(state.aliases())));
					changed(state.id(), "named " + state.id() + " also " + String.join(", ", added));
				}
			}
			for (IdentifierFact identifier : o.identifiers()) {
				String key = identifier.identifier().key();
				if (state.identifiers().add(key)) {
					Map<String, Object> row = new HashMap<>();
					row.put("organization", state.id());
					row.put("key", key);
					row.put("type", identifier.identifier().type().name());
					row.put("value", identifier.identifier().value());
					row.put("exchange", identifier.identifier().exchange());
					this.identifiers.add(row);
					changed(state.id(), "identified " + state.id() + " as " + identifier.identifier());
				}
				cite("Identifier", key, "identifier:" + key, identifier.citations(), Map.of());
			}
			for (AttributeFact attribute : o.attributes()) {
				String id = attributeId(state.id(), attribute);
				if (state.attributes().add(id)) {
					this.attributes.add(Map.of("organization", state.id(), "id", id, "name",
							attribute.attribute().name(), "value", attribute.value().strip()));
					changed(state.id(), "recorded " + attribute.attribute().name().toLowerCase(Locale.ROOT) + " of "
							+ state.id() + ": " + attribute.value().strip());
				}
				cite("Attribute", id, id, attribute.citations(), Map.of());
			}
		}
		created.values().forEach((props) -> this.organizations.add(Map.of("props", props)));
	}

	/** An attribute's id: one node per organization, attribute and value. */
	static String attributeId(String organization, AttributeFact attribute) {
		return "attr-" + Ids
			.digest(organization + "|" + attribute.attribute() + "|" + OrganizationNames.key(attribute.value()))
			.substring(0, 20);
	}

	private void name(String organization, String name) {
		this.names.add(Map.of("organization", organization, "key", OrganizationNames.key(name), "name", name.strip(),
				"matchKey", OrganizationNames.matchKey(name)));
	}

	private static List<String> names(OrganizationFact o) {
		List<String> names = new ArrayList<>();
		names.add(o.name());
		names.addAll(o.aliases());
		return names;
	}

	// Roles and projects

	private void roles() {
		for (int i = 0; i < this.recording.roles().size(); i++) {
			RoleFact r = this.recording.roles().get(i);
			String id = this.resolved.roles.get(i);
			String person = this.resolved.personRef(r.person());
			String organization = this.resolved.organizationRef(r.organization());
			if (!this.resolved.existingRoles.contains(id)) {
				Map<String, @Nullable Object> props = new LinkedHashMap<>();
				props.put("title", r.title().strip());
				StatedDate.parse(r.from()).toProperties("from", props);
				StatedDate.parse(r.until()).toProperties("until", props);
				this.roles.add(Map.of("id", id, "props", FactProperties.withoutNulls(props)));
				link("Person", person, "HOLDS_ROLE", "Role", id);
				link("Role", id, "AT", "Organization", organization);
				changed(id, "recorded role " + r.title().strip() + " of " + person + " at " + organization);
			}
			cite("Role", id, id, r.citations(), Map.of());
		}
	}

	private void projects() {
		for (int i = 0; i < this.recording.projects().size(); i++) {
			ProjectFact p = this.recording.projects().get(i);
			String id = this.resolved.projects.get(i);
			if (!this.resolved.existingProjects.contains(id)) {
				Map<String, @Nullable Object> props = new LinkedHashMap<>();
				props.put("name", p.name().strip());
				props.put("nameKey", OrganizationNames.key(p.name()));
				props.put("description", p.description());
				props.put("chips", p.chips());
				props.put("chipModel", p.chipModel());
				this.projects.add(Map.of("id", id, "props", FactProperties.withoutNulls(props)));
				changed(id, "recorded project " + p.name().strip());
			}
			if (p.organization() != null) {
				link("Organization", this.resolved.organizationRef(p.organization()), "BUILDS", "Project", id);
			}
			cite("Project", id, id, p.citations(), Map.of());
		}
	}

	// Events

	private void events() {
		for (int i = 0; i < this.recording.events().size(); i++) {
			EventFact e = this.recording.events().get(i);
			EventState state = this.resolved.events.get(i);
			int citationsBefore = countCitations();
			// Two facts of the recording may be one new event: the first creates it.
			boolean created = state.isNew() && this.citedNow.get(state.id()) == null;
			if (created) {
				create(e, state.id());
				this.eventsCreated++;
				for (String candidate : state.possibleDuplicates()) {
					this.possibleDuplicateRows.add(Map.of("event", state.id(), "candidate", candidate, "via",
							(this.recording.via() != null) ? this.recording.via() : this.recording.name()));
					this.possibleDuplicates.add(new PossibleDuplicate(e.where(), state.id(), candidate));
				}
			}
			this.citedNow.putIfAbsent(state.id(), new HashSet<>());
			cite("Event", state.id(), state.id(), e.citations(), FactProperties.eventClaim(e));
			if (!created && e.reportedOn() != null) {
				this.reportDates.add(Map.of("id", state.id(), "props", FactProperties.reportedOn(e)));
			}
			figures(e, state.id());
			boolean claimed = countCitations() > citationsBefore;
			Outcome outcome = created ? Outcome.CREATED : claimed ? Outcome.CLAIM_ADDED : Outcome.UNCHANGED;
			if (outcome == Outcome.CLAIM_ADDED) {
				this.claimsAdded++;
				changed(state.id(), "added a claim about " + state.id() + " from "
						+ String.join(", ", e.citations().stream().map(CitationFact::source).distinct().toList()));
			}
			else if (outcome == Outcome.UNCHANGED) {
				this.unchanged++;
			}
			else {
				changed(state.id(), "recorded " + e.kind() + " " + state.id() + ": " + e.title());
			}
			this.eventOutcomes.add(new EventOutcome(e.where(), state.id(), outcome));
		}
	}

	private void create(EventFact e, String id) {
		this.events.computeIfAbsent(e.kind().label(), (k) -> new ArrayList<>())
			.add(Map.of("props", FactProperties.event(e, id)));
		for (String organization : e.organizations()) {
			link("Event", id, "CONCERNS", "Organization", this.resolved.organizationRef(organization));
		}
		if (e.kind() == EventKind.STATEMENT && e.speaker() != null) {
			Speaker speaker = this.resolved.speaker(e.speaker());
			if (speaker != null) {
				link("Event", id, "SAID_BY", speaker.person() ? "Person" : "Organization", speaker.id());
			}
		}
		if (e.issuedBy() != null) {
			link("Event", id, "ISSUED_BY", "Person", this.resolved.personRef(e.issuedBy()));
		}
		if (e.analyst() != null) {
			link("Event", id, "MADE_BY", "Organization", this.resolved.organizationRef(e.analyst()));
		}
		for (String basis : e.basedOn()) {
			link("Event", id, "BASED_ON", "Event", this.resolved.eventRefs.get(basis));
		}
	}

	/**
	 * A result's figures, an estimate's inputs and result: a figure the event already
	 * reports (by metric and segment) gains this source's claim; another is new. A
	 * derived figure is linked to its inputs, whose citations are its own.
	 */
	private void figures(EventFact e, String eventId) {
		// A figure the recording gives twice (a filing and its restatement) is one figure
		// with two claims.
		Map<String, String> known = new HashMap<>(this.resolved.figures.getOrDefault(eventId, Map.of()));
		Map<String, String> idsInRecording = new HashMap<>();
		List<Object[]> figures = new ArrayList<>();
		e.figures().forEach((f) -> figures.add(new Object[] { f, "REPORTS" }));
		e.inputs().forEach((f) -> figures.add(new Object[] { f, "USES" }));
		if (e.result() != null) {
			figures.add(new Object[] { e.result(), "RESULTS_IN" });
		}
		for (Object[] entry : figures) {
			FigureFact f = (FigureFact) entry[0];
			String key = Resolution.figureKey(f.metric(), f.segment());
			String id = known.get(key);
			if (id == null) {
				id = figureId(f, eventId, (String) entry[1]);
				if (this.writtenFigures.add(id)) {
					this.figures.add(Map.of("props", FactProperties.figure(f, id)));
					link("Event", eventId, (String) entry[1], "Figure", id);
				}
				known.put(key, id);
			}
			if (f.id() != null) {
				idsInRecording.put(f.id(), id);
			}
			this.citedNow.putIfAbsent(id, new HashSet<>());
			cite("Figure", id, id, f.citations(), FactProperties.figureClaim(f));
		}
		for (Object[] entry : figures) {
			FigureFact f = (FigureFact) entry[0];
			for (String input : f.inputs()) {
				String from = (f.id() != null) ? idsInRecording.get(f.id()) : null;
				String to = idsInRecording.get(input);
				if (from != null && to != null) {
					link("Figure", from, "DERIVED_FROM", "Figure", to);
				}
			}
		}
	}

	private String figureId(FigureFact f, String eventId, String relationship) {
		if (f.id() != null && !this.resolved.takenFigureIds.contains(f.id())) {
			return f.id();
		}
		String suffix = Ids.slug(f.metric() + ((f.segment() != null) ? " " + f.segment() : ""));
		return eventId + "-" + (relationship.equals("REPORTS") ? "" : relationship.toLowerCase(Locale.ROOT) + "-")
				+ suffix;
	}

	// Citations and links

	/**
	 * The citations of a fact that it does not have yet: each with its excerpt (and its
	 * key), where it came through, since when it was known, and what it claims.
	 * @param factKey the key its known citations are kept under
	 */
	private void cite(String label, String factId, String factKey, List<CitationFact> citations,
			Map<String, Object> claim) {
		Set<String> known = this.resolved.cited.getOrDefault(factKey, Set.of());
		Set<String> now = this.citedNow.computeIfAbsent(factKey, (k) -> new HashSet<>());
		for (int position = 0; position < citations.size(); position++) {
			CitationFact c = citations.get(position);
			String source = this.resolved.sourceRefs.get(c.source());
			String excerptKey = Ids.excerptKey(c.excerpt());
			String key = source + "|" + excerptKey;
			if (known.contains(key) || !now.add(key)) {
				continue;
			}
			Map<String, Object> props = new LinkedHashMap<>(claim);
			props.put("excerpt", c.excerpt());
			props.put("excerptKey", excerptKey);
			props.put("position", position);
			props.put("recordedBy", this.recording.actor());
			if (this.recording.via() != null) {
				props.put("via", this.recording.via());
			}
			LocalDate knownSince = c.knownSince();
			if (knownSince != null) {
				props.put("knownSince", knownSince);
			}
			this.citations.computeIfAbsent(label, (k) -> new ArrayList<>())
				.add(Map.of("fact", factId, "source", source, "props", props));
		}
	}

	private int countCitations() {
		return this.citations.values().stream().mapToInt(List::size).sum();
	}

	private void link(String from, String fromId, String type, String to, @Nullable String toId) {
		if (toId != null) {
			this.links.computeIfAbsent(from + " " + type + " " + to, (k) -> new ArrayList<>())
				.add(Map.of("from", fromId, "to", toId));
		}
	}

	private void changed(String id, String change) {
		this.changedIds.add(id);
		this.changes.add(change);
	}

	private static String describe(SourceFact s, String id) {
		return id + " (" + ((s.url() != null) ? s.url() : String.valueOf(s.title())) + ")";
	}

	/** Whether the plan writes anything at all. */
	boolean writesNothing() {
		return this.organizations.isEmpty() && this.names.isEmpty() && this.aliases.isEmpty()
				&& this.identifiers.isEmpty() && this.attributes.isEmpty() && this.sources.isEmpty()
				&& this.sourceUpdates.isEmpty() && this.people.isEmpty() && this.roles.isEmpty()
				&& this.projects.isEmpty() && this.events.isEmpty() && this.figures.isEmpty() && this.links.isEmpty()
				&& this.citations.isEmpty() && this.possibleDuplicateRows.isEmpty();
	}

}
