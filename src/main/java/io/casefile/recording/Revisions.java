package io.casefile.recording;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.casefile.audit.AuditLog;
import io.casefile.date.StatedDate;
import io.casefile.event.SortKeys;
import io.casefile.recording.Facts.CitationFact;
import io.casefile.system.InvalidArgumentException;
import io.casefile.system.NotFoundException;
import io.casefile.system.Page;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Revisions of what the graph holds, each in one transaction under the recording lock and
 * with its audit record: a correction (cited; earlier sources keep what they said), a
 * retraction (hidden, kept), and a person settling which events are one: merging events
 * that are one (their citations, with what each claimed, move to the event kept),
 * splitting an event that is two (the citations of some sources move to an event of their
 * own, or, for citations a merge moved, back to the event they came from), and marking
 * two events distinct. Merges and splits are cited and reversible.
 */
@Service
@Transactional
public class Revisions {

	private final Recorder recorder;

	private final Neo4jClient neo4j;

	private final AuditLog audit;

	Revisions(Recorder recorder, Neo4jClient neo4j, AuditLog audit) {
		this.recorder = recorder;
		this.neo4j = neo4j;
		this.audit = audit;
	}

	/** A correction of an event's values, cited; returns the event's id. */
	public String correct(String actor, String id, Correction correction, CitationFact citation) {
		if (correction.isEmpty()) {
			throw new InvalidArgumentException("The correction changes nothing: give at least one value to correct");
		}
		ZonedDateTime now = ZonedDateTime.now();
		this.recorder.lock(now);
		requireSource(citation.source());
		Map<String, Object> before = this.neo4j.query(RevisionCypher.EVENT_PROPERTIES)
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
		Map<String, @Nullable Object> params = params(actor, now);
		params.put("id", id);
		params.put("props", props);
		params.put("source", citation.source());
		params.put("excerpt", citation.excerpt());
		params.put("excerptKey", Ids.excerptKey(citation.excerpt()));
		params.put("claim", claim);
		this.neo4j.query(RevisionCypher.CORRECT).bindAll(params).run();
		List<String> changes = new ArrayList<>();
		props.forEach((key, value) -> {
			if (!key.equals("sortKey") && !FactProperties.same(before.get(key), value)) {
				changes.add(key + ": " + before.get(key) + " -> " + value);
			}
		});
		this.audit.record(actor, "CORRECT_EVENT", id, List.of(id),
				"corrected " + id + " (" + String.join("; ", changes) + ") citing " + citation.source());
		return id;
	}

	/** Retracts a fact: kept, marked, hidden from every read. */
	public Retraction retract(String actor, String id, String reason) {
		requireReason(reason, "retracted");
		ZonedDateTime now = ZonedDateTime.now();
		this.recorder.lock(now);
		Map<String, @Nullable Object> params = params(actor, now);
		params.put("id", id);
		params.put("reason", reason.strip());
		Retraction retraction = this.neo4j.query(RevisionCypher.RETRACT)
			.bindAll(params)
			.fetchAs(Retraction.class)
			.mappedBy((types, record) -> new Retraction(record.get("id").asString(),
					record.get("labels").asList(Value::asString), record.get("title").asString(null), now, actor,
					reason.strip()))
			.one()
			.orElseThrow(() -> new NotFoundException("fact with id", id));
		this.audit.record(actor, "RETRACT", id, List.of(), "retracted " + id + ": " + reason.strip());
		return retraction;
	}

	/** Retracted facts, newest first, one page. */
	@Transactional(readOnly = true)
	@SuppressWarnings("unchecked")
	public Page.Connection<Retraction> retractions(Page page) {
		List<Map<String, Object>> rows = List
			.copyOf(this.neo4j.query(RevisionCypher.RETRACTIONS).bindAll(page.parameters()).fetch().all());
		return page.connection(rows, (row) -> (String) row.get("sortKey"))
			.mapNodes((row) -> new Retraction((String) row.get("id"), (List<String>) row.get("labels"),
					(String) row.get("title"), (ZonedDateTime) row.get("at"), (String) row.get("actor"),
					(String) row.get("reason")));
	}

	/**
	 * Merges events that are one into the event kept: the others are hidden, each linked
	 * to it; their citations move to it with what each claimed. The events must be of one
	 * kind; financial results may not report the same figure twice.
	 * @param citation the source of the decision and its words
	 */
	public String merge(String actor, String into, List<String> events, String reason, CitationFact citation) {
		requireReason(reason, "merged");
		Set<String> merged = new LinkedHashSet<>(events);
		merged.remove(into);
		if (merged.isEmpty()) {
			throw new InvalidArgumentException("Name at least one event to merge into " + into + ", other than it");
		}
		ZonedDateTime now = ZonedDateTime.now();
		this.recorder.lock(now);
		requireSource(citation.source());
		List<String> all = new ArrayList<>();
		all.add(into);
		all.addAll(merged);
		Map<String, Map<String, Object>> found = new HashMap<>();
		this.neo4j.query(RevisionCypher.EVENTS)
			.bind(all)
			.to("ids")
			.fetch()
			.all()
			.forEach((row) -> found.put((String) row.get("id"), row));
		String kind = null;
		Set<String> figures = new LinkedHashSet<>();
		for (String id : all) {
			Map<String, Object> event = found.get(id);
			if (event == null || event.get("kind") == null) {
				throw new NotFoundException("event with id", id);
			}
			if (kind != null && !kind.equals(event.get("kind"))) {
				throw new InvalidArgumentException("Only events of one kind can be one event: " + into + " is " + kind
						+ ", " + id + " is " + event.get("kind"));
			}
			kind = (String) event.get("kind");
			for (Object figure : (List<?>) event.get("figures")) {
				if (!figures.add((String) figure)) {
					throw new InvalidArgumentException("The results both report "
							+ String.valueOf(figure).split("\\|")[0] + ": correct one of them rather than merge them");
				}
			}
		}
		Map<String, @Nullable Object> params = params(actor, now);
		params.put("into", into);
		params.put("events", List.copyOf(merged));
		params.put("reason", reason.strip());
		params.put("source", citation.source());
		params.put("excerpt", citation.excerpt());
		this.neo4j.query(RevisionCypher.MERGE).bindAll(params).run();
		this.audit.record(actor, "MERGE_EVENTS", into, all, "merged " + String.join(", ", merged) + " into " + into
				+ ": " + reason.strip() + " (citing " + citation.source() + ")");
		return into;
	}

	/**
	 * Splits the citations of some sources off an event: when a merge moved them all from
	 * one event, that event is restored; else they make an event of their own, of the
	 * same kind and organizations, with the values they claim. The two are marked
	 * distinct. Returns the id of the event split off.
	 */
	@SuppressWarnings("unchecked")
	public String split(String actor, String id, List<String> sources, String reason, CitationFact citation) {
		requireReason(reason, "split");
		if (sources.isEmpty()) {
			throw new InvalidArgumentException("Name the sources whose citations are another event");
		}
		ZonedDateTime now = ZonedDateTime.now();
		this.recorder.lock(now);
		requireSource(citation.source());
		List<Map<String, Object>> citations = List.copyOf(this.neo4j.query(RevisionCypher.CITATIONS_FROM)
			.bindAll(Map.of("id", id, "sources", List.copyOf(sources)))
			.fetch()
			.all());
		if (citations.isEmpty()) {
			throw new NotFoundException("event citing " + String.join(", ", sources) + " with id", id);
		}
		Set<Object> from = new LinkedHashSet<>();
		citations.forEach((c) -> from.add(Boolean.TRUE.equals(c.get("restorable")) ? c.get("movedFrom") : null));
		Map<String, @Nullable Object> params = params(actor, now);
		params.put("id", id);
		params.put("reason", reason.strip());
		params.put("source", citation.source());
		params.put("excerpt", citation.excerpt());
		String split;
		if (from.size() == 1 && from.iterator().next() != null) {
			params.put("merged", from.iterator().next());
			split = this.neo4j.query(RevisionCypher.RESTORE).bindAll(params).fetchAs(String.class).one().orElseThrow();
		}
		else {
			Map<String, Object> claim = (Map<String, Object>) citations.getFirst().get("claim");
			Map<String, @Nullable Object> claimed = claimed(claim);
			String newId = id + "-split-"
					+ Ids.digest(String.join(",", sources.stream().sorted().toList())).substring(0, 8);
			StatedDate date = StatedDate.fromProperties(claimed, "date");
			params.put("newId", newId);
			params.put("claimed", claimed);
			params.put("sortKey", SortKeys.of(date.known() ? date : StatedDate.unknown(), newId));
			params.put("sources", List.copyOf(sources));
			split = this.neo4j.query(RevisionCypher.SPLIT).bindAll(params).fetchAs(String.class).one().orElseThrow();
		}
		this.audit.record(actor, "SPLIT_EVENT", id, List.of(id, split), "split the citations of "
				+ String.join(", ", sources) + " off " + id + " as " + split + ": " + reason.strip());
		return split;
	}

	/** Marks two events distinct: no longer possible duplicates of each other. */
	public void distinct(String actor, String a, String b, String reason) {
		requireReason(reason, "distinct");
		if (a.equals(b)) {
			throw new InvalidArgumentException("An event is not distinct from itself: name two events");
		}
		ZonedDateTime now = ZonedDateTime.now();
		this.recorder.lock(now);
		Map<String, @Nullable Object> params = params(actor, now);
		params.put("a", a);
		params.put("b", b);
		params.put("reason", reason.strip());
		this.neo4j.query(RevisionCypher.DISTINCT)
			.bindAll(params)
			.fetchAs(String.class)
			.one()
			.orElseThrow(() -> new NotFoundException("pair of events", a + " and " + b));
		this.audit.record(actor, "MARK_DISTINCT", a, List.of(a, b),
				"marked " + a + " and " + b + " distinct: " + reason.strip());
	}

	/**
	 * What the citations of a split claimed, as the properties of the event they make.
	 */
	private static Map<String, @Nullable Object> claimed(Map<String, Object> claim) {
		Map<String, @Nullable Object> claimed = new HashMap<>();
		if (claim.get("claimedHeadcount") != null) {
			claimed.put("headcount", claim.get("claimedHeadcount"));
		}
		if (claim.get("claimedDatePrecision") != null) {
			for (String part : List.of("Text", "Precision", "Part", "Earliest", "Latest")) {
				claimed.put("date" + part, claim.get("claimedDate" + part));
			}
		}
		if (claim.get("claimedAmount") != null) {
			claimed.put("amount", claim.get("claimedAmount"));
			claimed.put("amountExact", claim.get("claimedAmountExact"));
			claimed.put("amountText", claim.get("claimedAmountText"));
		}
		claimed.values().removeIf(Objects::isNull);
		return claimed;
	}

	private void requireSource(String source) {
		boolean known = this.neo4j.query("RETURN EXISTS { MATCH (:Source {id: $id}) }")
			.bind(source)
			.to("id")
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
		if (!known) {
			throw RecordingRejectedException.fact(List.of(Problem.at("citation", "source", source,
					"no source with this id in the graph: give it in sources or record it first")));
		}
	}

	private static void requireReason(String reason, String what) {
		if (reason.isBlank()) {
			throw new InvalidArgumentException("Say why they are " + what + ": the reason is kept with it");
		}
	}

	private static Map<String, @Nullable Object> params(String actor, ZonedDateTime now) {
		Map<String, @Nullable Object> params = new HashMap<>();
		params.put("now", now);
		params.put("actor", actor);
		return params;
	}

}
