package io.casefile.dataset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.casefile.dataset.Dataset.CitationEntry;
import io.casefile.dataset.Dataset.EventEntry;
import io.casefile.dataset.Dataset.FigureEntry;
import io.casefile.date.StatedDate;
import io.casefile.system.Names;
import io.casefile.event.EventKind;
import org.jspecify.annotations.Nullable;

/**
 * A dataset translated into what the graph stores: nodes with their properties, named
 * relationships and citations, grouped so that each group is one batched Cypher
 * statement.
 * <p>
 * The translation assumes a dataset that {@link DatasetCheck} accepted.
 */
public final class GraphChanges {

	/**
	 * Nodes to upsert, by label; each row is {id, props}. Events are grouped by their
	 * kind's label.
	 */
	final Map<String, List<Map<String, Object>>> nodes = new LinkedHashMap<>();

	/** Relationships to merge, by "FromLabel TYPE ToLabel"; each row is {from, to}. */
	final Map<Link, List<Map<String, Object>>> links = new LinkedHashMap<>();

	/**
	 * Citations by the label of the fact they support; each row is {fact, source,
	 * excerpt, position}.
	 */
	final Map<GraphLabel, List<Map<String, Object>>> citations = new LinkedHashMap<>();

	/** Organization names and aliases: rows of {organization, key, name}. */
	final List<Map<String, Object>> names = new ArrayList<>();

	record Link(GraphLabel from, String type, GraphLabel to) {
	}

	private final Set<String> personIds;

	private GraphChanges(Set<String> personIds) {
		this.personIds = personIds;
	}

	/**
	 * Translates a dataset; {@code personIds} are the ids of people in the file or the
	 * graph, which tells a statement's speaker who is a person and who an organization.
	 */
	static GraphChanges of(Dataset dataset, Set<String> personIds) {
		GraphChanges changes = new GraphChanges(personIds);
		dataset.people()
			.forEach((p) -> changes.node(GraphLabel.Person.name(), p.id(),
					props("name", p.name(), "nameKey", Names.key(p.name()))));
		dataset.organizations().forEach((o) -> {
			changes.node(GraphLabel.Organization.name(), o.id(),
					props("name", o.name(), "kind", (o.kind() != null) ? o.kind() : "COMPANY", "aliases",
							(o.aliases() != null) ? o.aliases() : List.of()));
			changes.name(o.id(), o.name());
			if (o.aliases() != null) {
				o.aliases().forEach((alias) -> changes.name(o.id(), alias));
			}
		});
		dataset.sources().forEach((s) -> {
			Map<String, @Nullable Object> props = props("title", s.title(), "publisher", s.publisher(), "url", s.url());
			props.putAll(dateProps("published", StatedDate.parse(s.publishedOn())));
			changes.node(GraphLabel.Source.name(), s.id(), props);
			if (s.author() != null) {
				changes.link(GraphLabel.Source, s.id(), "WRITTEN_BY", GraphLabel.Person, s.author());
			}
		});
		dataset.roles().forEach((r) -> {
			Map<String, @Nullable Object> props = props("title", r.title());
			props.putAll(dateProps("from", StatedDate.parse(r.from())));
			props.putAll(dateProps("until", StatedDate.parse(r.until())));
			changes.node(GraphLabel.Role.name(), r.id(), props);
			changes.link(GraphLabel.Person, r.person(), "HOLDS_ROLE", GraphLabel.Role, r.id());
			changes.link(GraphLabel.Role, r.id(), "AT", GraphLabel.Organization, r.organization());
			changes.cite(GraphLabel.Role, r.id(), r.citations());
		});
		dataset.projects().forEach((p) -> {
			changes.node(GraphLabel.Project.name(), p.id(), props("name", p.name(), "nameKey", Names.key(p.name()),
					"description", p.description(), "chips", p.chips(), "chipModel", p.chipModel()));
			if (p.organization() != null) {
				changes.link(GraphLabel.Organization, p.organization(), "BUILDS", GraphLabel.Project, p.id());
			}
			changes.cite(GraphLabel.Project, p.id(), p.citations());
		});
		dataset.events().forEach(changes::event);
		return changes;
	}

	private void event(EventEntry e) {
		EventKind kind = EventKind.valueOf(e.kind());
		StatedDate date = StatedDate.parse(e.date());
		Map<String, @Nullable Object> props = props("kind", kind.name(), "title", e.title(), "summary", e.summary(),
				"sortKey", sortKey(date, e.id()));
		props.putAll(dateProps("date", date));
		switch (kind) {
			case LAYOFF_WAVE -> {
				props.putAll(props("headcount", e.headcount(), "scope", e.scope()));
				props.putAll(dateProps("until", StatedDate.parse(e.carriedOutUntil())));
			}
			case STATEMENT -> {
				props.putAll(props("quote", e.quote(), "venue", e.venue(), "topics",
						(e.topics() != null) ? e.topics() : List.of()));
				// The dataset names a speaker by id; a person's id wins over an
				// organization's.
				GraphLabel speaker = (e.speaker() != null && isPerson(e.speaker())) ? GraphLabel.Person
						: GraphLabel.Organization;
				link(GraphLabel.Event, e.id(), "SAID_BY", speaker, e.speaker());
			}
			case CAPEX -> {
				props.putAll(props("fiscalYear", e.fiscalYear(), "basis", e.basis(), "direction", e.direction()));
				props.putAll(amountProps(e));
				props.putAll(dateProps("givenOn", StatedDate.parse(e.givenOn())));
			}
			case FINANCIAL_RESULT -> {
				props.putAll(props("period", e.period(), "periodKind", e.periodKind()));
				props.putAll(dateProps("reportedOn", StatedDate.parse(e.reportedOn())));
				figures(e.id(), "REPORTS", e.figures());
			}
			case DEBT_RAISE -> props.putAll(amountProps(e));
			case POLICY -> {
				if (e.issuedBy() != null) {
					link(GraphLabel.Event, e.id(), "ISSUED_BY", GraphLabel.Person, e.issuedBy());
				}
			}
			case HEADCOUNT_CHANGE ->
				props.putAll(props("scope", e.scope(), "change", e.change(), "factor", e.factor()));
			case ANALYST_PROJECTION -> {
				props.putAll(amountProps(e));
				props.putAll(props("measure", e.measure(), "shareValue", (e.share() != null) ? e.share().value() : null,
						"shareText", (e.share() != null) ? e.share().text() : null));
				props.putAll(dateProps("covering", StatedDate.parse(e.covering())));
				link(GraphLabel.Event, e.id(), "MADE_BY", GraphLabel.Organization, e.analyst());
			}
			case ESTIMATE -> {
				props.put("method", e.method());
				figures(e.id(), "USES", e.inputs());
				if (e.result() != null) {
					figures(e.id(), "RESULTS_IN", List.of(e.result()));
				}
				if (e.basedOn() != null) {
					e.basedOn().forEach((other) -> link(GraphLabel.Event, e.id(), "BASED_ON", GraphLabel.Event, other));
				}
			}
		}
		node(kind.label(), e.id(), props);
		if (e.organizations() != null) {
			e.organizations()
				.forEach((org) -> link(GraphLabel.Event, e.id(), "CONCERNS", GraphLabel.Organization, org));
		}
		cite(GraphLabel.Event, e.id(), e.citations());
	}

	private boolean isPerson(String id) {
		return this.personIds.contains(id);
	}

	private void figures(String eventId, String relationship, @Nullable List<FigureEntry> figures) {
		if (figures == null) {
			return;
		}
		for (FigureEntry f : figures) {
			node(GraphLabel.Figure.name(), f.id(),
					props("metric", f.metric(), "segment", f.segment(), "value", f.value(), "unit", f.unit(), "text",
							f.text(), "approximate", Boolean.TRUE.equals(f.approximate())));
			link(GraphLabel.Event, eventId, relationship, GraphLabel.Figure, f.id());
			cite(GraphLabel.Figure, f.id(), f.citations());
		}
	}

	private void node(String label, String id, Map<String, @Nullable Object> props) {
		Map<String, Object> row = new HashMap<>();
		row.put("id", id);
		row.put("props", props);
		this.nodes.computeIfAbsent(label, (k) -> new ArrayList<>()).add(row);
	}

	private void link(GraphLabel from, String fromId, String type, GraphLabel to, @Nullable String toId) {
		this.links.computeIfAbsent(new Link(from, type, to), (k) -> new ArrayList<>())
			.add(Map.of("from", fromId, "to", Objects.requireNonNull(toId)));
	}

	private void cite(GraphLabel label, String factId, @Nullable List<CitationEntry> citations) {
		if (citations == null) {
			return;
		}
		for (int position = 0; position < citations.size(); position++) {
			CitationEntry c = citations.get(position);
			this.citations.computeIfAbsent(label, (k) -> new ArrayList<>())
				.add(Map.of("fact", factId, "source", c.source(), "excerpt", c.excerpt(), "position", position));
		}
	}

	private void name(String organizationId, String name) {
		this.names.add(Map.of("organization", organizationId, "key", Names.key(name), "name", name.strip()));
	}

	/**
	 * The key events are ordered and paged by: earliest day, then latest day, then id;
	 * unknown bounds sort last.
	 */
	public static String sortKey(StatedDate date, String id) {
		return day(date.earliest()) + "|" + day(date.latest()) + "|" + id;
	}

	private static String day(@Nullable LocalDate day) {
		return (day != null) ? day.toString() : "9999-12-31";
	}

	private static Map<String, @Nullable Object> amountProps(EventEntry e) {
		return props("amount", (e.amount() != null) ? e.amount().value() : null, "currency",
				(e.amount() != null) ? ((e.amount().currency() != null) ? e.amount().currency() : "USD") : null,
				"amountText", (e.amount() != null) ? e.amount().text() : null);
	}

	/**
	 * A stated date as five properties: text, precision, part, earliest, latest, each
	 * prefixed.
	 */
	static Map<String, @Nullable Object> dateProps(String prefix, StatedDate date) {
		Map<String, @Nullable Object> props = new LinkedHashMap<>();
		date.toProperties(prefix, props);
		return props;
	}

	private static Map<String, @Nullable Object> props(@Nullable Object... keysAndValues) {
		Map<String, @Nullable Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

}
