package io.casefile.recording;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

import io.casefile.date.StatedDate;
import io.casefile.event.EventKind;
import io.casefile.organization.OrganizationIdentifier;
import io.casefile.organization.OrganizationNames;
import io.casefile.recording.EventIdentity.Identified;
import io.casefile.recording.EventIdentity.Known;
import io.casefile.recording.Facts.CitationFact;
import io.casefile.recording.Facts.EventFact;
import io.casefile.recording.Facts.FigureFact;
import io.casefile.recording.Facts.IdentifierFact;
import io.casefile.recording.Facts.OrganizationFact;
import io.casefile.recording.Facts.PersonFact;
import io.casefile.recording.Facts.ProjectFact;
import io.casefile.recording.Facts.RoleFact;
import io.casefile.recording.Facts.SourceFact;
import io.casefile.system.Messages;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * What each fact of a recording is, decided by reading the graph under the recording
 * lock: which source, organization, person and event the graph already has for it (by id,
 * address, identifier, name, or the natural key of {@link EventIdentity}), which are new
 * and the ids they take, what every reference names, and which citations the known facts
 * already have. Every read is one statement for the whole recording. A reference that
 * names nothing, or names two organizations, is a {@link Problem}: nothing is guessed.
 */
final class Resolution {

	/** A source and whether it is new; a known one's properties. */
	record SourceState(String id, boolean isNew, Map<String, Object> known) {
	}

	/** An organization and whether it is new; a known one's names and identifiers. */
	record OrganizationState(String id, boolean isNew, Set<String> nameKeys, List<String> aliases,
			Set<String> identifiers, Set<String> attributes) {
	}

	/** An event: its id, whether it is new, and the waves it may be a duplicate of. */
	record EventState(String id, boolean isNew, List<String> possibleDuplicates) {
	}

	/** Who said a statement: a person or an organization. */
	record Speaker(String id, boolean person) {
	}

	final List<Problem> problems = new ArrayList<>();

	final List<SourceState> sources = new ArrayList<>();

	final List<OrganizationState> organizations = new ArrayList<>();

	final List<String> people = new ArrayList<>();

	final Set<String> newPeople = new HashSet<>();

	final List<EventState> events = new ArrayList<>();

	/** Source references (a source's id in the recording or the graph) to ids. */
	final Map<String, String> sourceRefs = new HashMap<>();

	/** Organization references (id, name, identifier) to ids. */
	final Map<String, String> organizationRefs = new HashMap<>();

	/** Person references (id, name) to ids. */
	final Map<String, String> personRefs = new HashMap<>();

	/** Event references (an event's id in the recording or the graph) to ids. */
	final Map<String, String> eventRefs = new HashMap<>();

	/** The citations each known fact has, as keys {@code source|excerptKey}. */
	final Map<String, Set<String>> cited = new HashMap<>();

	/** The citations each new event of the recording brings, as keys. */
	private final Map<String, Set<String>> citedInRecording = new HashMap<>();

	/** The figures each known event has, by {@code metric|segment}. */
	final Map<String, Map<String, String>> figures = new HashMap<>();

	/** Figure ids the graph already has, which a new figure may not take. */
	final Set<String> takenFigureIds = new HashSet<>();

	final List<String> roles = new ArrayList<>();

	final Set<String> existingRoles = new HashSet<>();

	final List<String> projects = new ArrayList<>();

	final Set<String> existingProjects = new HashSet<>();

	private final Neo4jClient neo4j;

	private final Recording recording;

	private final Reconciliation rule;

	/** Where each reference is first used, for a problem's place. */
	private final Map<String, String> usedAt = new HashMap<>();

	private Resolution(Neo4jClient neo4j, Recording recording, Reconciliation rule) {
		this.neo4j = neo4j;
		this.recording = recording;
		this.rule = rule;
	}

	/**
	 * The problems of the references alone (unknown sources, people and organizations;
	 * ambiguous names), for a recording whose facts have problems of their own: so that
	 * one reading of the report fixes the file.
	 */
	static List<Problem> ofReferences(Neo4jClient neo4j, Recording recording, Reconciliation rule) {
		Resolution resolution = new Resolution(neo4j, recording, rule);
		resolution.sources();
		resolution.people();
		resolution.organizations();
		resolution.references();
		resolution.citedSources();
		return resolution.problems;
	}

	static Resolution of(Neo4jClient neo4j, Recording recording, Reconciliation rule) {
		Resolution resolution = new Resolution(neo4j, recording, rule);
		resolution.sources();
		resolution.people();
		resolution.organizations();
		resolution.references();
		resolution.citedSources();
		if (resolution.problems.isEmpty()) {
			resolution.events();
			resolution.rolesAndProjects();
			resolution.citationsOfKnownFacts();
		}
		return resolution;
	}

	// Sources

	private void sources() {
		List<SourceFact> facts = this.recording.sources();
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < facts.size(); i++) {
			SourceFact s = facts.get(i);
			Map<String, Object> row = new HashMap<>();
			row.put("i", i);
			row.put("url", (s.url() != null) ? s.url().strip() : null);
			row.put("id", s.id());
			rows.add(row);
		}
		Map<Integer, Map<String, Object>> found = byIndex(run(RecordingCypher.SOURCES, rows));
		Map<String, SourceState> byUrl = new HashMap<>();
		for (int i = 0; i < facts.size(); i++) {
			SourceFact s = facts.get(i);
			Map<String, Object> row = found.get(i);
			String url = (s.url() != null) ? s.url().strip() : null;
			SourceState state;
			if (url != null && byUrl.containsKey(url)) {
				state = byUrl.get(url);
			}
			else if (row.get("byUrl") != null) {
				state = new SourceState((String) row.get("byUrl"), false, properties(row));
			}
			else if (row.get("byId") != null) {
				state = new SourceState((String) row.get("byId"), false, properties(row));
			}
			else if (Boolean.TRUE.equals(row.get("retracted"))) {
				problem(s.where(), "id", s.id(), "a retracted source keeps its id: give this one another");
				state = new SourceState(String.valueOf(s.id()), false, Map.of());
			}
			else {
				String id = (s.id() != null) ? s.id()
						: Ids.source((url != null) ? url : s.title() + "|" + s.publishedOn());
				state = new SourceState(id, true, Map.of());
			}
			if (url != null) {
				byUrl.putIfAbsent(url, state);
			}
			this.sources.add(state);
			this.sourceRefs.put(state.id(), state.id());
			if (s.id() != null) {
				this.sourceRefs.put(s.id(), state.id());
			}
			if (url != null) {
				// A citation may name a source of the recording by its address.
				this.sourceRefs.put(url, state.id());
			}
			if (s.author() != null) {
				this.usedAt.putIfAbsent("person:" + s.author(), s.where());
			}
		}
	}

	// People

	private void people() {
		List<PersonFact> facts = this.recording.people();
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < facts.size(); i++) {
			PersonFact p = facts.get(i);
			Map<String, Object> row = new HashMap<>();
			row.put("i", i);
			row.put("id", p.id());
			row.put("key", OrganizationNames.key(p.name()));
			row.put("slugs", List.of(Ids.slug(p.name())));
			rows.add(row);
		}
		Map<Integer, Map<String, Object>> found = byIndex(run(RecordingCypher.PEOPLE, rows));
		Map<String, String> newByKey = new HashMap<>();
		Set<String> taken = new HashSet<>();
		for (int i = 0; i < facts.size(); i++) {
			PersonFact p = facts.get(i);
			Map<String, Object> row = found.get(i);
			String key = OrganizationNames.key(p.name());
			String id;
			if (row.get("byId") != null) {
				id = (String) row.get("byId");
			}
			else if (Boolean.TRUE.equals(row.get("retracted"))) {
				problem(p.where(), "id", p.id(), "a retracted person keeps its id: give this one another");
				id = String.valueOf(p.id());
			}
			else if (row.get("byName") != null && p.id() == null) {
				id = (String) row.get("byName");
			}
			else if (newByKey.containsKey(key)) {
				id = newByKey.get(key);
			}
			else {
				id = (p.id() != null) ? p.id() : Ids.slug(p.name());
				if (p.id() == null && (strings(row.get("takenSlugs")).contains(id) || !taken.add(id))) {
					id = Ids.distinctSlug(p.name(), key);
				}
				newByKey.put(key, id);
				this.newPeople.add(id);
			}
			this.people.add(id);
			this.personRefs.put(id, id);
			this.personRefs.put("name:" + key, id);
			if (p.id() != null) {
				this.personRefs.put(p.id(), id);
			}
		}
	}

	// Organizations

	private void organizations() {
		List<OrganizationFact> facts = this.recording.organizations();
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < facts.size(); i++) {
			OrganizationFact o = facts.get(i);
			Map<String, Object> row = new HashMap<>();
			row.put("i", i);
			row.put("id", o.id());
			row.put("identifiers", o.identifiers().stream().map((f) -> f.identifier().key()).toList());
			row.put("keys", names(o).stream().map(OrganizationNames::key).distinct().toList());
			row.put("matchKeys",
					names(o).stream().map(OrganizationNames::matchKey).filter((k) -> !k.isEmpty()).distinct().toList());
			row.put("slugs", List.of(Ids.slug(o.name())));
			rows.add(row);
		}
		Map<Integer, Map<String, Object>> found = byIndex(run(RecordingCypher.ORGANIZATIONS, rows));
		// New organizations of the recording, by each of their name keys, match keys and
		// identifiers: two facts of one company in one file are one organization.
		Map<String, String> newOnes = new HashMap<>();
		Set<String> takenIds = new HashSet<>();
		String[] ids = new String[facts.size()];
		boolean[] isNew = new boolean[facts.size()];
		for (int i = 0; i < facts.size(); i++) {
			OrganizationFact o = facts.get(i);
			Map<String, Object> row = found.get(i);
			String id = existingOrganization(o, row);
			if (id == null) {
				id = firstOf(newOnes, newKeys(o));
				if (id == null) {
					if (Boolean.TRUE.equals(row.get("retracted"))) {
						problem(o.where(), "id", o.id(),
								"a retracted organization keeps its id: give this one another");
					}
					id = (o.id() != null) ? o.id() : Ids.slug(o.name());
					if (o.id() == null && (strings(row.get("takenSlugs")).contains(id) || takenIds.contains(id))) {
						id = Ids.distinctSlug(o.name(), OrganizationNames.key(o.name()));
					}
				}
				isNew[i] = true;
				takenIds.add(id);
				for (String key : newKeys(o)) {
					newOnes.putIfAbsent(key, id);
				}
			}
			ids[i] = id;
		}
		Map<String, Map<String, Object>> known = new HashMap<>();
		List<String> knownIds = new ArrayList<>();
		for (int i = 0; i < facts.size(); i++) {
			if (!isNew[i]) {
				knownIds.add(ids[i]);
			}
		}
		if (!knownIds.isEmpty()) {
			this.neo4j.query(RecordingCypher.ORGANIZATION_NAMES)
				.bind(knownIds.stream().distinct().toList())
				.to("ids")
				.fetch()
				.all()
				.forEach((row) -> known.put((String) row.get("id"), row));
		}
		for (int i = 0; i < facts.size(); i++) {
			OrganizationFact o = facts.get(i);
			Map<String, Object> k = known.get(ids[i]);
			this.organizations.add((k == null)
					? new OrganizationState(ids[i], true, new HashSet<>(), new ArrayList<>(), new HashSet<>(),
							new HashSet<>())
					: new OrganizationState(ids[i], false, new HashSet<>(strings(k.get("keys"))),
							new ArrayList<>(strings(k.get("aliases"))), new HashSet<>(strings(k.get("identifiers"))),
							new HashSet<>(strings(k.get("attributes")))));
			this.organizationRefs.put(ids[i], ids[i]);
			if (o.id() != null) {
				this.organizationRefs.put(o.id(), ids[i]);
			}
			for (String name : names(o)) {
				this.organizationRefs.put("name:" + OrganizationNames.key(name), ids[i]);
			}
			for (IdentifierFact identifier : o.identifiers()) {
				this.organizationRefs.put("identifier:" + identifier.identifier().key(), ids[i]);
			}
		}
		twoCompaniesInOne(facts, ids, known);
	}

	/**
	 * Two identifiers of a kind an organization has only one of (two CIKs) on one
	 * organization mean that a name joined two companies: each fact that would bring the
	 * second is a problem, never a merge.
	 */
	private void twoCompaniesInOne(List<OrganizationFact> facts, String[] ids, Map<String, Map<String, Object>> known) {
		Map<String, Map<String, Set<String>>> byOrganization = new HashMap<>();
		BiConsumer<String, String> add = (id, key) -> byOrganization.computeIfAbsent(id, (k) -> new HashMap<>())
			.computeIfAbsent(key.substring(0, key.indexOf(':')), (k) -> new TreeSet<>())
			.add(key.substring(key.indexOf(':') + 1));
		known.forEach((id, row) -> strings(row.get("identifiers")).forEach((key) -> add.accept(id, key)));
		for (int i = 0; i < facts.size(); i++) {
			for (IdentifierFact f : facts.get(i).identifiers()) {
				add.accept(ids[i], f.identifier().key());
			}
		}
		for (int i = 0; i < facts.size(); i++) {
			OrganizationFact o = facts.get(i);
			for (IdentifierFact f : o.identifiers()) {
				Set<String> values = byOrganization.get(ids[i]).get(f.identifier().type().name());
				if (f.identifier().type().onePerOrganization() && values.size() > 1) {
					problem(o.where(), "identifiers", f.identifier().toString(), "\"" + o.name()
							+ "\" would join the organization \"" + ids[i] + "\" by its name, which would then have "
							+ values.size() + " " + f.identifier().type() + "s (" + String.join(", ", values)
							+ "): two companies, not one; give one of them an id of its own, or correct the identifier");
				}
			}
		}
	}

	/**
	 * The organization the graph has for a fact, or null when it is new: the one its id,
	 * an identifier or its name (exactly, else with spelling and legal forms set aside,
	 * when that fits one organization) names. Its aliases must name that one too, or
	 * none: a name never moves from one organization to another. Two of these naming two
	 * organizations is a problem.
	 */
	@SuppressWarnings("unchecked")
	private @Nullable String existingOrganization(OrganizationFact o, Map<String, Object> row) {
		Set<String> byIdentifier = new LinkedHashSet<>();
		((List<Map<String, Object>>) row.get("byIdentifier")).forEach((m) -> byIdentifier.add((String) m.get("id")));
		Map<String, String> byName = new LinkedHashMap<>();
		((List<Map<String, Object>>) row.get("byName"))
			.forEach((m) -> byName.put((String) m.get("key"), (String) m.get("id")));
		if (byIdentifier.size() > 1) {
			problem(o.where(), "identifiers", null,
					"its identifiers belong to different organizations: " + String.join(", ", byIdentifier));
			return null;
		}
		String byId = (String) row.get("byId");
		String identified = byIdentifier.isEmpty() ? null : byIdentifier.iterator().next();
		String named = byName.get(OrganizationNames.key(o.name()));
		String chosen = null;
		for (String candidate : java.util.Arrays.asList(byId, identified, named)) {
			if (candidate == null) {
				continue;
			}
			if (chosen != null && !chosen.equals(candidate)) {
				problem(o.where(), (candidate.equals(named)) ? "name" : "identifiers",
						candidate.equals(named) ? o.name() : null,
						"it names another organization, \"" + candidate + "\", than its "
								+ ((chosen.equals(byId)) ? "id" : "identifiers") + " do (\"" + chosen + "\")");
				return chosen;
			}
			chosen = candidate;
		}
		if (chosen == null) {
			String matchKey = OrganizationNames.matchKey(o.name());
			List<Map<String, Object>> byMatch = ((List<Map<String, Object>>) row.get("byMatch")).stream()
				.filter((m) -> matchKey.equals(m.get("key")))
				.toList();
			if (byMatch.size() == 1) {
				chosen = (String) byMatch.getFirst().get("id");
			}
			else if (byMatch.size() > 1) {
				problem(o.where(), "name", o.name(),
						"the name fits more than one organization once spelling and legal forms are set aside: "
								+ candidates(byMatch) + "; name one by its id or an identifier");
				return null;
			}
		}
		for (Map.Entry<String, String> name : byName.entrySet()) {
			if (!name.getValue().equals(chosen)) {
				problem(o.where(), "aliases", name.getKey(),
						"the name already names another organization, \"" + name.getValue() + "\"");
			}
		}
		return chosen;
	}

	private static List<String> newKeys(OrganizationFact o) {
		List<String> keys = new ArrayList<>();
		if (o.id() != null) {
			keys.add("id:" + o.id());
		}
		o.identifiers().forEach((i) -> keys.add("identifier:" + i.identifier().key()));
		for (String name : names(o)) {
			keys.add("name:" + OrganizationNames.key(name));
			String match = OrganizationNames.matchKey(name);
			if (!match.isEmpty()) {
				keys.add("match:" + match);
			}
		}
		return keys;
	}

	private static List<String> names(OrganizationFact o) {
		List<String> names = new ArrayList<>();
		names.add(o.name());
		names.addAll(o.aliases());
		return names;
	}

	// References

	/**
	 * Resolves every reference the recording's facts make that it does not declare: to an
	 * organization of the graph by id, identifier, name or match key; to a person by id
	 * or name.
	 */
	private void references() {
		Set<String> organizations = new LinkedHashSet<>();
		Set<String> people = new LinkedHashSet<>();
		Set<String> speakers = new LinkedHashSet<>();
		for (RoleFact r : this.recording.roles()) {
			people.add(use(r.person(), r.where()));
			organizations.add(use(r.organization(), r.where()));
		}
		for (ProjectFact p : this.recording.projects()) {
			if (p.organization() != null) {
				organizations.add(use(p.organization(), p.where()));
			}
		}
		for (SourceFact s : this.recording.sources()) {
			if (s.author() != null) {
				people.add(use(s.author(), s.where()));
			}
		}
		for (EventFact e : this.recording.events()) {
			e.organizations().forEach((ref) -> organizations.add(use(ref, e.where())));
			if (e.analyst() != null) {
				organizations.add(use(e.analyst(), e.where()));
			}
			if (e.issuedBy() != null) {
				people.add(use(e.issuedBy(), e.where()));
			}
			if (e.speaker() != null) {
				speakers.add(use(e.speaker(), e.where()));
			}
		}
		Set<String> unresolved = new LinkedHashSet<>();
		organizations.stream().filter((ref) -> organizationRef(ref) == null).forEach(unresolved::add);
		people.stream().filter((ref) -> personRef(ref) == null).forEach(unresolved::add);
		speakers.stream()
			.filter((ref) -> personRef(ref) == null && organizationRef(ref) == null)
			.forEach(unresolved::add);
		Map<String, Map<String, Object>> found = new HashMap<>();
		if (!unresolved.isEmpty()) {
			List<Map<String, Object>> rows = new ArrayList<>();
			for (String ref : unresolved) {
				Map<String, Object> row = new HashMap<>();
				row.put("ref", ref);
				row.put("identifier", identifier(ref).map(OrganizationIdentifier::key).orElse(null));
				row.put("key", OrganizationNames.key(ref));
				row.put("matchKey", OrganizationNames.matchKey(ref));
				rows.add(row);
			}
			run(RecordingCypher.REFERENCES, rows).forEach((row) -> found.put((String) row.get("ref"), row));
		}
		for (String ref : organizations) {
			if (organizationRef(ref) == null) {
				resolveOrganization(ref, found.get(ref), true);
			}
		}
		for (String ref : people) {
			if (personRef(ref) == null) {
				Object person = (found.get(ref) != null) ? found.get(ref).get("person") : null;
				if (person != null) {
					this.personRefs.put(ref, (String) person);
				}
				else {
					problem(this.usedAt.get(ref), null, ref, "no person " + Messages.quote(ref)
							+ " in the file or the graph: give their id or name, or record them first");
				}
			}
		}
		for (String ref : speakers) {
			if (personRef(ref) == null && organizationRef(ref) == null) {
				Object person = (found.get(ref) != null) ? found.get(ref).get("person") : null;
				if (person != null) {
					this.personRefs.put(ref, (String) person);
				}
				else if (!resolveOrganization(ref, found.get(ref), false)) {
					problem(this.usedAt.get(ref), "speaker", ref,
							"no person or organization " + Messages.quote(ref) + " in the file or the graph");
				}
			}
		}
	}

	@SuppressWarnings("unchecked")
	private boolean resolveOrganization(String ref, @Nullable Map<String, Object> row, boolean report) {
		if (row != null && row.get("organization") != null) {
			this.organizationRefs.put(ref, (String) row.get("organization"));
			return true;
		}
		List<Map<String, Object>> matched = (row != null) ? (List<Map<String, Object>>) row.get("matched") : List.of();
		if (matched.size() == 1) {
			this.organizationRefs.put(ref, (String) matched.getFirst().get("id"));
			return true;
		}
		if (matched.size() > 1) {
			problem(this.usedAt.get(ref), "organization", ref, "the name fits more than one organization: "
					+ candidates(matched) + "; name one by its id or an identifier (cik:..., ticker:...)");
			return true;
		}
		if (report) {
			problem(this.usedAt.get(ref), "organization", ref, "no organization " + Messages.quote(ref)
					+ " in the file or the graph: give its id, an identifier or a name it is known by");
		}
		return false;
	}

	/** The id a reference names among the recording's organizations, or null. */
	@Nullable String organizationRef(String ref) {
		String id = this.organizationRefs.get(ref);
		if (id == null) {
			id = this.organizationRefs.get("name:" + OrganizationNames.key(ref));
		}
		if (id == null) {
			id = identifier(ref).map((i) -> this.organizationRefs.get("identifier:" + i.key())).orElse(null);
		}
		return id;
	}

	/** The id a reference names among the recording's people, or null. */
	@Nullable String personRef(String ref) {
		String id = this.personRefs.get(ref);
		return (id != null) ? id : this.personRefs.get("name:" + OrganizationNames.key(ref));
	}

	/** Who said a statement: a person first, else an organization. */
	@Nullable Speaker speaker(String ref) {
		String person = personRef(ref);
		if (person != null) {
			return new Speaker(person, true);
		}
		String organization = organizationRef(ref);
		return (organization != null) ? new Speaker(organization, false) : null;
	}

	private static Optional<OrganizationIdentifier> identifier(String ref) {
		try {
			return OrganizationIdentifier.parse(ref);
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	private String use(String ref, String where) {
		this.usedAt.putIfAbsent(ref, where);
		return ref;
	}

	// Sources cited

	/** Every source a citation names must be in the recording or the graph. */
	private void citedSources() {
		Map<String, String> cited = new LinkedHashMap<>();
		forEachCitation((citation, where) -> {
			if (!this.sourceRefs.containsKey(citation.source())) {
				cited.putIfAbsent(citation.source(), where);
			}
		});
		if (cited.isEmpty()) {
			return;
		}
		this.neo4j.query(RecordingCypher.EXISTING)
			.bind(List.copyOf(cited.keySet()))
			.to("ids")
			.fetch()
			.all()
			.forEach((row) -> {
				String id = (String) row.get("id");
				if (Boolean.TRUE.equals(row.get("source"))) {
					this.sourceRefs.put(id, id);
				}
				else {
					problem(cited.get(id), "source", id, Boolean.TRUE.equals(row.get("retracted"))
							? "the source was retracted: cite another"
							: "no source with this id in the file or the graph: give it in the file (or in sources), or record it first");
				}
			});
	}

	interface CitationVisitor {

		void visit(CitationFact citation, String where);

	}

	void forEachCitation(CitationVisitor visitor) {
		for (OrganizationFact o : this.recording.organizations()) {
			o.identifiers().forEach((i) -> i.citations().forEach((c) -> visitor.visit(c, o.where())));
			o.attributes().forEach((a) -> a.citations().forEach((c) -> visitor.visit(c, o.where())));
		}
		this.recording.roles().forEach((r) -> r.citations().forEach((c) -> visitor.visit(c, r.where())));
		this.recording.projects().forEach((p) -> p.citations().forEach((c) -> visitor.visit(c, p.where())));
		for (EventFact e : this.recording.events()) {
			e.citations().forEach((c) -> visitor.visit(c, e.where()));
			figuresOf(e).forEach((f) -> f.citations().forEach((c) -> visitor.visit(c, e.where())));
		}
	}

	static List<FigureFact> figuresOf(EventFact e) {
		List<FigureFact> figures = new ArrayList<>(e.figures());
		figures.addAll(e.inputs());
		if (e.result() != null) {
			figures.add(e.result());
		}
		return figures;
	}

	// Events

	/** The anchor an event is identified by, and its kind: the key of its candidates. */
	private record Anchor(String id, EventKind kind) {
	}

	private void events() {
		List<EventFact> facts = this.recording.events();
		// Events the recording names by ids that the graph has: the same events.
		Set<String> givenIds = new LinkedHashSet<>();
		facts.forEach((e) -> {
			if (e.id() != null) {
				givenIds.add(e.id());
			}
			givenIds.addAll(e.basedOn());
		});
		Map<String, Map<String, Object>> existing = existing(givenIds);
		// The known events each anchor has, by kind, in one statement: one row per anchor
		// and kind, with the windows its waves' dates span, so that a file of many rows
		// of
		// one company reads each of its events once.
		Map<Anchor, List<Windows.Span>> windows = new LinkedHashMap<>();
		Set<Anchor> unbounded = new HashSet<>();
		for (EventFact e : facts) {
			String anchor = anchor(e);
			if (anchor == null) {
				continue;
			}
			Anchor key = new Anchor(anchor, e.kind());
			windows.computeIfAbsent(key, (k) -> new ArrayList<>());
			StatedDate date = StatedDate.parse(e.date());
			if (e.kind() == EventKind.LAYOFF_WAVE && date.known()) {
				windows.get(key)
					.add(new Windows.Span(date.earliest().minusDays(this.rule.windowDays()),
							date.latest().plusDays(this.rule.windowDays())));
			}
			else {
				unbounded.add(key);
			}
		}
		Map<Anchor, List<Known>> known = new HashMap<>();
		List<Map<String, Object>> rows = new ArrayList<>();
		windows.forEach((anchor, spans) -> {
			Map<String, Object> row = new HashMap<>();
			row.put("anchor", anchor.id());
			row.put("kind", anchor.kind().name());
			row.put("windows", unbounded.contains(anchor) ? null
					: Windows.merge(spans).stream().map(Windows.Span::parameter).toList());
			rows.add(row);
			known.put(anchor, new ArrayList<>());
		});
		for (Map<String, Object> row : run(RecordingCypher.CANDIDATES, rows)) {
			Anchor anchor = new Anchor((String) row.get("anchor"), EventKind.valueOf((String) row.get("kind")));
			known.get(anchor).add(known(row, anchor));
			Set<String> keys = this.cited.computeIfAbsent((String) row.get("id"), (k) -> new HashSet<>());
			strings(row.get("cited")).forEach(keys::add);
		}
		Set<String> newIds = new HashSet<>();
		for (EventFact e : facts) {
			String anchor = anchor(e);
			Map<String, Object> byId = (e.id() != null) ? existing.get(e.id()) : null;
			if (byId != null && Boolean.TRUE.equals(byId.get("retracted"))) {
				problem(e.where(), "id", e.id(), "a retracted event keeps its id: give this one another");
			}
			EventState state;
			if (byId != null && Boolean.TRUE.equals(byId.get("event"))) {
				state = new EventState(e.id(), false, List.of());
			}
			else if (byId != null && byId.get("mergedInto") != null) {
				// An event merged into another stands for it now.
				state = new EventState((String) byId.get("mergedInto"), false, List.of());
			}
			else {
				List<Known> candidates = (anchor != null) ? known.get(new Anchor(anchor, e.kind())) : List.of();
				Known citing = citedBy(e, candidates);
				Speaker speaker = (e.speaker() != null) ? speaker(e.speaker()) : null;
				String speakerId = (e.kind() == EventKind.ANALYST_PROJECTION && e.analyst() != null)
						? organizationRef(e.analyst()) : (speaker != null) ? speaker.id() : null;
				Identified identified = (citing != null) ? new Identified(citing, List.of())
						: EventIdentity.identify(e, speakerId, candidates, this.rule);
				if (identified.same() != null) {
					state = new EventState(identified.same().id(), false, List.of());
				}
				else {
					String id = (e.id() != null) ? e.id() : newEventId(e, anchor);
					if (!newIds.add(id)) {
						id = id + "-" + Ids.digest(e.where() + "|" + e.title()).substring(0, 6);
						newIds.add(id);
					}
					state = new EventState(id, true, identified.possibleDuplicates().stream().map(Known::id).toList());
					this.citedInRecording.put(id, citationKeys(e));
					if (anchor != null) {
						candidates.add(new Known(id, e.kind(), FactProperties.event(e, id),
								(e.kind() == EventKind.ANALYST_PROJECTION || e.kind() == EventKind.STATEMENT) ? anchor
										: null));
					}
				}
			}
			this.events.add(state);
			if (e.id() != null) {
				this.eventRefs.put(e.id(), state.id());
			}
			this.eventRefs.put(state.id(), state.id());
		}
		// A new event may not take an id the graph has (a retracted one keeps its id).
		Map<String, Map<String, Object>> takenNew = existing(newIds);
		for (int i = 0; i < this.events.size(); i++) {
			EventState state = this.events.get(i);
			Map<String, Object> taken = takenNew.get(state.id());
			if (state.isNew() && taken != null
					&& (Boolean.TRUE.equals(taken.get("event")) || Boolean.TRUE.equals(taken.get("retracted")))) {
				if (facts.get(i).id() != null) {
					problem(facts.get(i).where(), "id", state.id(), "the id is taken by another fact");
				}
				else {
					String id = state.id() + "-" + Ids.digest(facts.get(i).where()).substring(0, 6);
					this.events.set(i, new EventState(id, true, state.possibleDuplicates()));
					this.eventRefs.put(id, id);
				}
			}
		}
		for (EventFact e : facts) {
			for (String basis : e.basedOn()) {
				if (!this.eventRefs.containsKey(basis)) {
					Map<String, Object> found = existing.get(basis);
					if (found != null && Boolean.TRUE.equals(found.get("event"))) {
						this.eventRefs.put(basis, basis);
					}
					else if (found != null && found.get("mergedInto") != null) {
						this.eventRefs.put(basis, (String) found.get("mergedInto"));
					}
					else {
						problem(e.where(), "basedOn", basis, "no event with this id in the file or the graph");
					}
				}
			}
		}
	}

	/**
	 * The known event one of whose citations is one of the incoming event's, for a file
	 * whose excerpts are its rows (a tracker's): a row's words identify the fact they
	 * support, wherever a person has put it since (a merge, a split). (An article's
	 * sentence may support two facts, so for other facts this says nothing.)
	 */
	private @Nullable Known citedBy(EventFact e, List<Known> candidates) {
		if (this.recording.via() == null) {
			return null;
		}
		Set<String> keys = citationKeys(e);
		for (Known candidate : candidates) {
			Set<String> cited = this.cited.getOrDefault(candidate.id(),
					this.citedInRecording.getOrDefault(candidate.id(), Set.of()));
			if (keys.stream().anyMatch(cited::contains)) {
				return candidate;
			}
		}
		return null;
	}

	private Set<String> citationKeys(EventFact e) {
		Set<String> keys = new HashSet<>();
		for (CitationFact c : e.citations()) {
			String source = this.sourceRefs.get(c.source());
			if (source != null) {
				keys.add(source + "|" + Ids.excerptKey(c.excerpt()));
			}
		}
		return keys;
	}

	private Known known(Map<String, Object> row, Anchor anchor) {
		@SuppressWarnings("unchecked")
		Map<String, Object> properties = (Map<String, Object>) row.get("properties");
		boolean bySpeaker = anchor.kind() == EventKind.STATEMENT || anchor.kind() == EventKind.ANALYST_PROJECTION;
		return new Known((String) row.get("id"), anchor.kind(), properties, bySpeaker ? anchor.id() : null);
	}

	/**
	 * What an event is identified by: who said a statement, the analyst of a projection,
	 * else the first organization it concerns.
	 */
	private @Nullable String anchor(EventFact e) {
		if (e.kind() == EventKind.STATEMENT && e.speaker() != null) {
			Speaker speaker = speaker(e.speaker());
			return (speaker != null) ? speaker.id() : null;
		}
		if (e.kind() == EventKind.ANALYST_PROJECTION && e.analyst() != null) {
			return organizationRef(e.analyst());
		}
		return e.organizations().isEmpty() ? null : organizationRef(e.organizations().getFirst());
	}

	/**
	 * An id for a new event from what identifies it: a wave's organization and day
	 * ({@code layoff-amazon-2025-10-28}), else its kind, anchor and a digest of its key.
	 */
	private static String newEventId(EventFact e, @Nullable String anchor) {
		StatedDate date = StatedDate.parse(e.date());
		String owner = (anchor != null) ? anchor : "event";
		if (e.kind() == EventKind.LAYOFF_WAVE && date.precision() == io.casefile.date.DatePrecision.DAY) {
			return "layoff-" + owner + "-" + date.earliest();
		}
		String key = e.kind() + "|" + owner + "|" + date.precision() + "|" + date.earliest() + "|" + date.latest() + "|"
				+ e.fiscalYear() + "|" + e.basis() + "|" + e.period() + "|" + EventIdentity.normal(e.quote()) + "|"
				+ EventIdentity.normal(e.title());
		return e.kind().name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + owner + "-"
				+ Ids.digest(key).substring(0, 12);
	}

	private Map<String, Map<String, Object>> existing(Collection<String> ids) {
		Map<String, Map<String, Object>> existing = new HashMap<>();
		if (!ids.isEmpty()) {
			this.neo4j.query(RecordingCypher.EXISTING)
				.bind(List.copyOf(ids))
				.to("ids")
				.fetch()
				.all()
				.forEach((row) -> existing.put((String) row.get("id"), row));
		}
		return existing;
	}

	// Roles and projects

	private void rolesAndProjects() {
		for (RoleFact r : this.recording.roles()) {
			String person = personRef(r.person());
			String organization = organizationRef(r.organization());
			this.roles
				.add((r.id() != null) ? r.id() : "role-" + person + "-" + organization + "-" + Ids.slug(r.title()));
		}
		Map<String, String> byName = new HashMap<>();
		List<String> names = this.recording.projects()
			.stream()
			.filter((p) -> p.id() == null)
			.map((p) -> OrganizationNames.key(p.name()))
			.distinct()
			.toList();
		if (!names.isEmpty()) {
			this.neo4j.query(RecordingCypher.PROJECTS_BY_NAME)
				.bind(names)
				.to("keys")
				.fetch()
				.all()
				.forEach((row) -> byName.put((String) row.get("key"), (String) row.get("id")));
		}
		for (ProjectFact p : this.recording.projects()) {
			String key = OrganizationNames.key(p.name());
			this.projects.add((p.id() != null) ? p.id() : byName.getOrDefault(key, Ids.slug(p.name())));
		}
		List<String> ids = new ArrayList<>(this.roles);
		ids.addAll(this.projects);
		if (!ids.isEmpty()) {
			this.neo4j.query(RecordingCypher.ROLES_AND_PROJECTS).bind(ids).to("ids").fetch().all().forEach((row) -> {
				if (Boolean.TRUE.equals(row.get("role"))) {
					this.existingRoles.add((String) row.get("id"));
				}
				if (Boolean.TRUE.equals(row.get("project"))) {
					this.existingProjects.add((String) row.get("id"));
				}
			});
		}
	}

	// Citations the known facts have

	private void citationsOfKnownFacts() {
		List<String> knownEvents = this.events.stream()
			.filter((e) -> !e.isNew())
			.map(EventState::id)
			.distinct()
			.toList();
		cited("Event", knownEvents);
		if (!knownEvents.isEmpty()) {
			List<String> figureIds = new ArrayList<>();
			this.neo4j.query(RecordingCypher.FIGURES).bind(knownEvents).to("ids").fetch().all().forEach((row) -> {
				this.figures.computeIfAbsent((String) row.get("event"), (k) -> new HashMap<>())
					.put(figureKey((String) row.get("metric"), (String) row.get("segment")), (String) row.get("id"));
				figureIds.add((String) row.get("id"));
			});
			cited("Figure", figureIds);
		}
		Set<String> givenFigureIds = new HashSet<>();
		this.recording.events()
			.forEach((e) -> figuresOf(e).stream()
				.map(FigureFact::id)
				.filter(java.util.Objects::nonNull)
				.forEach(givenFigureIds::add));
		if (!givenFigureIds.isEmpty()) {
			this.neo4j.query("UNWIND $ids AS id MATCH (f:Figure {id: id}) RETURN f.id AS id")
				.bind(List.copyOf(givenFigureIds))
				.to("ids")
				.fetchAs(String.class)
				.all()
				.forEach(this.takenFigureIds::add);
		}
		cited("Role", List.copyOf(this.existingRoles));
		cited("Project", List.copyOf(this.existingProjects));
		List<String> attributes = new ArrayList<>();
		List<String> identifiers = new ArrayList<>();
		for (int i = 0; i < this.organizations.size(); i++) {
			OrganizationState state = this.organizations.get(i);
			OrganizationFact fact = this.recording.organizations().get(i);
			fact.attributes().forEach((a) -> attributes.add(Plan.attributeId(state.id(), a)));
			fact.identifiers().forEach((f) -> identifiers.add(f.identifier().key()));
		}
		cited("Attribute", attributes);
		citedIdentifiers(identifiers);
	}

	static String figureKey(String metric, @Nullable String segment) {
		return metric + "|" + ((segment != null) ? segment : "");
	}

	private void cited(String label, List<String> ids) {
		if (ids.isEmpty()) {
			return;
		}
		this.neo4j.query(RecordingCypher.cited(label)).bind(ids).to("ids").fetch().all().forEach((row) -> {
			String key = (String) row.get("excerptKey");
			if (key == null) {
				key = Ids.excerptKey((String) row.get("excerpt"));
			}
			this.cited.computeIfAbsent((String) row.get("id"), (k) -> new HashSet<>())
				.add(row.get("source") + "|" + key);
		});
	}

	private void citedIdentifiers(List<String> keys) {
		if (keys.isEmpty()) {
			return;
		}
		this.neo4j.query("""
				UNWIND $ids AS id
				MATCH (:Identifier {key: id})-[r:REPORTED_IN]->(s:Source)
				RETURN id, s.id AS source, r.excerptKey AS excerptKey, r.excerpt AS excerpt
				""").bind(keys).to("ids").fetch().all().forEach((row) -> {
			String key = (String) row.get("excerptKey");
			if (key == null) {
				key = Ids.excerptKey((String) row.get("excerpt"));
			}
			this.cited.computeIfAbsent("identifier:" + row.get("id"), (k) -> new HashSet<>())
				.add(row.get("source") + "|" + key);
		});
	}

	// Helpers

	private Collection<Map<String, Object>> run(String cypher, List<Map<String, Object>> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		return this.neo4j.query(cypher).bind(rows).to("rows").fetch().all();
	}

	private static Map<Integer, Map<String, Object>> byIndex(Collection<Map<String, Object>> rows) {
		Map<Integer, Map<String, Object>> byIndex = new HashMap<>();
		rows.forEach((row) -> byIndex.put(((Number) row.get("i")).intValue(), row));
		return byIndex;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> properties(Map<String, Object> row) {
		Object properties = row.get("properties");
		return (properties != null) ? (Map<String, Object>) properties : Map.of();
	}

	@SuppressWarnings("unchecked")
	private static List<String> strings(@Nullable Object list) {
		return (list != null) ? (List<String>) list : List.of();
	}

	private static @Nullable String firstOf(Map<String, String> map, List<String> keys) {
		for (String key : keys) {
			String value = map.get(key);
			if (value != null) {
				return value;
			}
		}
		return null;
	}

	private static String candidates(List<Map<String, Object>> matches) {
		return String.join(", ", matches.stream().map((m) -> m.get("name") + " (" + m.get("id") + ")").toList());
	}

	private void problem(@Nullable String where, @Nullable String field, @Nullable String value, String reason) {
		this.problems.add(Problem.of((where != null) ? where : this.recording.name(), field, value, reason));
	}

}
