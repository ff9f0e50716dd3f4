package io.casefile.recording;

import java.util.List;

/**
 * What recording facts did: the id each fact of the recording has in the graph (in the
 * recording's order), what each event's recording did, what was created, and the new
 * waves that may be ones the graph had.
 *
 * @param nodesCreated nodes that did not exist before
 * @param relationshipsCreated relationships (links and citations) that did not exist
 * before
 */
public record RecordingReport(String name, List<String> sourceIds, List<String> organizationIds, List<String> personIds,
		List<String> roleIds, List<String> projectIds, List<EventOutcome> events, int organizationsCreated,
		int sourcesCreated, int peopleCreated, int eventsCreated, int claimsAdded, int unchanged,
		List<PossibleDuplicate> possibleDuplicates, int nodesCreated, int relationshipsCreated) {

	/** What recording one event did. */
	public record EventOutcome(String where, String id, Outcome outcome) {
	}

	/**
	 * A new wave that may be one the graph had: within the reconciliation window, but
	 * with another headcount or none to compare; for a person to settle.
	 */
	public record PossibleDuplicate(String where, String event, String candidate) {
	}

	/** Whether anything was written. */
	public boolean changed() {
		return this.nodesCreated > 0 || this.relationshipsCreated > 0 || this.eventsCreated > 0 || this.claimsAdded > 0;
	}

}
