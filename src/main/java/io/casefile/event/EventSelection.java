package io.casefile.event;

import java.util.HashSet;
import java.util.Set;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;

/**
 * What a request selects of events, so that the Cypher reads only that: the event's
 * linked lists (its organizations, its citations and of those the claims and the sources'
 * authors, its kind's own lists: a result's figures, an estimate's inputs and bases, a
 * policy's issuer), and whether it needs more of the event and of its cited sources than
 * a list of events shows.
 * <p>
 * A list of events that shows what, when and where from ({@value #LIST_FIELDS} of the
 * event, and {@value #LIST_SOURCE_FIELDS} of its cited sources) reads only those
 * properties: fewer values to send, decode and map. A hundred organizations' ten first
 * events with their titles and excerpts cost a fifth less of Casefile's CPU and 7% less
 * of Neo4j's than when every property was read.
 *
 * @param organizations the organizations each event concerns
 * @param citations each event's citations
 * @param links the lists of the event's kind
 * @param citationClaims what each citation claims
 * @param citationAuthors who wrote each cited source
 * @param properties every property of the event, not only those {@value #LIST_FIELDS}
 * need
 * @param sourceProperties every property of each cited source, not only those
 * {@value #LIST_SOURCE_FIELDS} need
 */
public record EventSelection(boolean organizations, boolean citations, boolean links, boolean citationClaims,
		boolean citationAuthors, boolean properties, boolean sourceProperties) {

	/** Everything: for reads whose selection is not at hand. */
	public static final EventSelection ALL = new EventSelection(true, true, true, true, true, true, true);

	/** The fields of an event that its list properties answer. */
	static final String LIST_FIELDS = "__typename, id, kind, title, date, organizations, citations";

	/** The fields of a cited source that its list properties answer. */
	static final String LIST_SOURCE_FIELDS = "__typename, id, title";

	private static final Set<String> LIST_ONLY = Set.of(LIST_FIELDS.split(", "));

	private static final Set<String> LIST_SOURCE_ONLY = Set.of(LIST_SOURCE_FIELDS.split(", "));

	private static final String[] LINKS = { "issuedBy", "figures", "inputs", "basedOn" };

	/** What either of two selections asks. */
	public EventSelection or(EventSelection other) {
		return new EventSelection(this.organizations || other.organizations, this.citations || other.citations,
				this.links || other.links, this.citationClaims || other.citationClaims,
				this.citationAuthors || other.citationAuthors, this.properties || other.properties,
				this.sourceProperties || other.sourceProperties);
	}

	/**
	 * What a selection asks of the events found at {@code path} in it, such as
	 * {@code edges/node/}.
	 */
	public static EventSelection of(DataFetchingFieldSelectionSet selection, String path) {
		return of(selected(selection), path);
	}

	/**
	 * What the fields selected, named by path ({@code edges/node/citations}), ask of the
	 * events found at {@code path}.
	 */
	static EventSelection of(Set<String> selected, String path) {
		boolean links = false;
		for (String field : LINKS) {
			links |= selected.contains(path + field);
		}
		return new EventSelection(selected.contains(path + "organizations"), false, links, false, false,
				beyond(selected, path, LIST_ONLY), false)
			.or(citationsAt(selected, path + "citations"));
	}

	/**
	 * This selection, with the event's citations read when the selection asks for
	 * citations of it at {@code path} too (a search hit's own citation, which is one of
	 * its event's).
	 */
	public EventSelection withCitationsAt(DataFetchingFieldSelectionSet selection, String path) {
		return or(citationsAt(selected(selection), path));
	}

	private static EventSelection citationsAt(Set<String> selected, String path) {
		return new EventSelection(false, selected.contains(path), false, selected.contains(path + "/claim"),
				selected.contains(path + "/source/author"), false,
				beyond(selected, path + "/source/", LIST_SOURCE_ONLY));
	}

	/**
	 * Whether a field found right under {@code path} is not one of {@code only}.
	 */
	private static boolean beyond(Set<String> selected, String path, Set<String> only) {
		for (String field : selected) {
			if (field.startsWith(path)) {
				String name = field.substring(path.length());
				if (name.indexOf('/') < 0 && !only.contains(name)) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * The paths of every field selected, such as {@code edges/node/citations}. Not
	 * {@code DataFetchingFieldSelectionSet.contains}: it compiles a glob and makes a file
	 * path of every selected field each time it is called, which cost a tenth of the CPU
	 * of a request for a hundred organizations' timelines.
	 */
	private static Set<String> selected(DataFetchingFieldSelectionSet selection) {
		Set<String> paths = new HashSet<>();
		for (SelectedField field : selection.getFields()) {
			paths.add(field.getQualifiedName());
		}
		return paths;
	}

}
