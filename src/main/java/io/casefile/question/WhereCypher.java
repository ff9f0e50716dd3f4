package io.casefile.question;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import io.casefile.source.Citations;
import io.casefile.event.EventKind;
import io.casefile.system.InvalidArgumentException;
import org.jspecify.annotations.Nullable;

/**
 * Compiles an {@link EventWhere} into a Cypher predicate on one event variable. Every
 * value becomes a bound parameter; organization and person names must already be resolved
 * to ids.
 */
final class WhereCypher {

	/**
	 * How deep {@code and}, {@code or} and {@code not} may nest, and how many conditions
	 * a filter may hold.
	 */
	static final int MAX_DEPTH = 5;

	static final int MAX_CONDITIONS = 50;

	private final Map<String, Object> parameters = new HashMap<>();

	private final Map<String, String> organizationIds;

	private final Map<String, String> personIds;

	private final String prefix;

	private int conditions;

	/**
	 * @param prefix distinguishes the parameters and subquery variables of two filters in
	 * one statement
	 */
	WhereCypher(String prefix, Map<String, String> organizationIds, Map<String, String> personIds) {
		this.prefix = prefix;
		this.organizationIds = organizationIds;
		this.personIds = personIds;
	}

	Map<String, Object> parameters() {
		return this.parameters;
	}

	/** The id of an organization the filters name. */
	String organizationId(String given) {
		return this.organizationIds.get(given);
	}

	/**
	 * The predicate, narrowed to events that some source had reported by {@code asOf}
	 * when a day is given; binds the day (or null) for the citations the statement reads.
	 */
	String knownOn(String variable, @Nullable LocalDate asOf, String predicate) {
		this.parameters.put(Citations.AS_OF, asOf);
		return (asOf != null) ? "(" + predicate + ") AND " + Citations.knownBy(variable) : predicate;
	}

	/** The predicate that the event bound to {@code variable} matches the filter. */
	String predicate(String variable, @Nullable EventWhere where) {
		return (where != null) ? compile(variable, where, 1, false) : "true";
	}

	/**
	 * How to read the events bound to {@code variable} that match the filter: where to
	 * start, when an index can choose them ({@link #figureStart}), and the predicate they
	 * must meet after that start. A start from the figures has met the filter's own
	 * metric condition, which the predicate does not check again.
	 */
	Reading reading(String variable, @Nullable EventWhere where) {
		String start = figureStart(variable, where);
		return new Reading(start, (start != null) ? compile(variable, where, 1, true) : predicate(variable, where));
	}

	/** Where to start ({@code MATCH ... WITH DISTINCT e}, or null) and what to check. */
	record Reading(@Nullable String start, String predicate) {
	}

	private String compile(String e, EventWhere w, int depth, boolean metricMet) {
		if (depth > MAX_DEPTH) {
			throw new InvalidArgumentException(
					"The filter nests and, or and not more than " + MAX_DEPTH + " deep: flatten it");
		}
		List<String> parts = new ArrayList<>();
		if (w.kinds() != null && !w.kinds().isEmpty()) {
			// Each kind is a label: the planner can start from it, and checking it
			// reads no property. Labels come from the enum, never from the request.
			parts.add(e + ":" + String.join("|", w.kinds().stream().distinct().map(EventKind::label).toList()));
		}
		if (w.organizations() != null && !w.organizations().isEmpty()) {
			String o = variable("o");
			parts.add("EXISTS { (" + e + ")-[:CONCERNS|MADE_BY]->(" + o + ":Organization) WHERE " + o + ".id IN "
					+ param(w.organizations().stream().map(this.organizationIds::get).toList()) + " }");
		}
		if (w.people() != null && !w.people().isEmpty()) {
			String p = variable("p");
			parts.add("EXISTS { (" + e + ")-[:SAID_BY|ISSUED_BY]->(" + p + ":Person) WHERE " + p + ".id IN "
					+ param(w.people().stream().map(this.personIds::get).toList()) + " }");
		}
		InvalidArgumentException.requireOrdered(w.from(), w.to());
		if (w.from() != null) {
			parts.add(e + ".dateLatest >= " + param(w.from()));
		}
		if (w.to() != null) {
			parts.add(e + ".dateEarliest <= " + param(w.to()));
		}
		if (w.headcountAtLeast() != null) {
			parts.add(e + ".headcount >= " + param(w.headcountAtLeast()));
		}
		if (w.amountAtLeast() != null) {
			parts.add(e + ".amount >= " + param(w.amountAtLeast()));
		}
		if (w.direction() != null) {
			parts.add(e + ".direction = " + param(w.direction()));
		}
		if (w.basis() != null) {
			parts.add(e + ".basis = " + param(w.basis()));
		}
		if (w.metric() != null && !metricMet) {
			parts.add(metric(e, w.metric()));
		}
		if (w.text() != null && !w.text().isBlank()) {
			String text = param(w.text().toLowerCase(Locale.ROOT));
			parts.add("any(field IN [" + e + ".title, " + e + ".summary, " + e
					+ ".quote] WHERE toLower(field) CONTAINS " + text + ")");
		}
		if (w.topic() != null && !w.topic().isBlank()) {
			parts.add("any(topic IN coalesce(" + e + ".topics, []) WHERE toLower(topic) = "
					+ param(w.topic().toLowerCase(Locale.ROOT)) + ")");
		}
		if (w.and() != null && !w.and().isEmpty()) {
			parts.add(join(w.and().stream().map((sub) -> compile(e, sub, depth + 1, false)).toList(), " AND "));
		}
		if (w.or() != null && !w.or().isEmpty()) {
			parts.add(join(w.or().stream().map((sub) -> compile(e, sub, depth + 1, false)).toList(), " OR "));
		}
		if (w.not() != null) {
			parts.add("NOT (" + compile(e, w.not(), depth + 1, false) + ")");
		}
		this.conditions += parts.size();
		if (this.conditions > MAX_CONDITIONS) {
			throw new InvalidArgumentException(
					"The filter holds more than " + MAX_CONDITIONS + " conditions: split the question");
		}
		return parts.isEmpty() ? "true" : join(parts, " AND ");
	}

	private String metric(String e, EventWhere.MetricCondition condition) {
		String f = variable("f");
		return "EXISTS { (" + e + ")-[:REPORTS]->(" + f + ":Figure) WHERE " + f + ".metric = "
				+ param(condition.metric()) + " AND " + f + ".value" + comparison(condition) + " }";
	}

	/** " < $p" or " > $p": the condition's bound, checked to be exactly one. */
	private String comparison(EventWhere.MetricCondition condition) {
		if ((condition.below() == null) == (condition.above() == null)) {
			throw new InvalidArgumentException(
					"A metric condition needs exactly one of below and above, such as {metric: FREE_CASH_FLOW, below: 0}");
		}
		return (condition.below() != null) ? " < " + param(condition.below()) : " > " + param(condition.above());
	}

	/**
	 * Where to start reading events that must meet a filter, when the filter lets an
	 * index choose them: a filter whose metric condition must hold (it is not under
	 * {@code or} or {@code not}) starts from the figures that meet it, found by metric
	 * and value in the index, rather than from every financial result; else null.
	 */
	private @Nullable String figureStart(String e, @Nullable EventWhere where) {
		if (where == null || where.metric() == null) {
			return null;
		}
		String f = variable("start");
		return "MATCH (" + f + ":Figure {metric: " + param(where.metric().metric()) + "}) WHERE " + f + ".value"
				+ comparison(where.metric()) + "\nMATCH (" + e + ":Event)-[:REPORTS]->(" + f + ")\nWITH DISTINCT " + e;
	}

	private String param(Object value) {
		String name = this.prefix + "p" + this.parameters.size();
		this.parameters.put(name, value);
		return "$" + name;
	}

	private String variable(String base) {
		return this.prefix + base + this.parameters.size();
	}

	private static String join(List<String> parts, String operator) {
		return "(" + String.join(operator, parts) + ")";
	}

	/**
	 * Every organization and person name a filter names, to resolve in one query each.
	 */
	static void names(@Nullable EventWhere where, Consumer<String> organizations, Consumer<String> people) {
		if (where == null) {
			return;
		}
		if (where.organizations() != null) {
			where.organizations().forEach(organizations);
		}
		if (where.people() != null) {
			where.people().forEach(people);
		}
		if (where.and() != null) {
			where.and().forEach((sub) -> names(sub, organizations, people));
		}
		if (where.or() != null) {
			where.or().forEach((sub) -> names(sub, organizations, people));
		}
		names(where.not(), organizations, people);
	}

}
