package io.casefile.recording;

import java.util.List;

import io.casefile.recording.Facts.EventFact;
import io.casefile.recording.Facts.OrganizationFact;
import io.casefile.recording.Facts.PersonFact;
import io.casefile.recording.Facts.ProjectFact;
import io.casefile.recording.Facts.RoleFact;
import io.casefile.recording.Facts.SourceFact;
import org.jspecify.annotations.Nullable;

/**
 * Facts handed to the {@link Recorder} together: written in one transaction, all of them
 * or none.
 *
 * @param name what the facts came in: a file's name, or the mutation's
 * @param actor who records them (a token's identity, {@code cli:<user>}), for the audit
 * log
 * @param via the file the citations came through, recorded on each; null for a single
 * fact written through a mutation
 */
public record Recording(String name, String actor, @Nullable String via, List<SourceFact> sources,
		List<OrganizationFact> organizations, List<PersonFact> people, List<RoleFact> roles, List<ProjectFact> projects,
		List<EventFact> events) {

	public Recording {
		sources = List.copyOf(sources);
		organizations = List.copyOf(organizations);
		people = List.copyOf(people);
		roles = List.copyOf(roles);
		projects = List.copyOf(projects);
		events = List.copyOf(events);
	}

	/** How many facts it holds that need a citation: events, figures, roles, projects. */
	public int facts() {
		int figures = this.events.stream()
			.mapToInt((e) -> e.figures().size() + e.inputs().size() + ((e.result() != null) ? 1 : 0))
			.sum();
		return this.events.size() + figures + this.roles.size() + this.projects.size();
	}

}
