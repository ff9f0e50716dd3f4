package io.casefile.event;

import java.util.HashSet;
import java.util.Set;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;

/**
 * Which of an event's linked lists a request selects, so that the Cypher reads only
 * those: its organizations, its citations (and of those, the claims and the sources'
 * authors), and its kind's own lists (a result's figures, an estimate's inputs and bases,
 * a policy's issuer).
 */
public record EventSelection(boolean organizations, boolean citations, boolean links, boolean citationClaims,
		boolean citationAuthors) {

	/** Everything: for reads whose selection is not at hand. */
	public static final EventSelection ALL = new EventSelection(true, true, true, true, true);

	private static final String[] LINKS = { "issuedBy", "figures", "inputs", "basedOn" };

	/** What either of two selections asks. */
	public EventSelection or(EventSelection other) {
		return new EventSelection(this.organizations || other.organizations, this.citations || other.citations,
				this.links || other.links, this.citationClaims || other.citationClaims,
				this.citationAuthors || other.citationAuthors);
	}

	/**
	 * What a selection asks of the events found at {@code path} in it, such as
	 * {@code edges/node/}.
	 */
	public static EventSelection of(DataFetchingFieldSelectionSet selection, String path) {
		Set<String> selected = selected(selection);
		boolean links = false;
		for (String field : LINKS) {
			links |= selected.contains(path + field);
		}
		return new EventSelection(selected.contains(path + "organizations"), false, links, false, false)
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
				selected.contains(path + "/source/author"));
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
