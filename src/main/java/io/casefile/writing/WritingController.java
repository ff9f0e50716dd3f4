package io.casefile.writing;

import java.util.List;

import graphql.GraphQLContext;
import io.casefile.dataset.Dataset.CitationEntry;
import io.casefile.dataset.Dataset.EventEntry;
import io.casefile.dataset.Dataset.OrganizationEntry;
import io.casefile.dataset.Dataset.PersonEntry;
import io.casefile.dataset.Dataset.RoleEntry;
import io.casefile.dataset.Dataset.SourceEntry;
import io.casefile.event.Event;
import io.casefile.event.EventQueries;
import io.casefile.organization.Organization;
import io.casefile.organization.OrganizationQueries;
import io.casefile.person.Person;
import io.casefile.person.PersonQueries;
import io.casefile.recording.Correction;
import io.casefile.recording.Facts.CitationFact;
import io.casefile.recording.Outcome;
import io.casefile.recording.Retraction;
import io.casefile.recording.Revisions;
import io.casefile.security.Writer;
import io.casefile.source.Source;
import io.casefile.source.SourceQueries;
import io.casefile.system.NotFoundException;
import io.casefile.system.Page;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The mutations that write one fact. Each takes the writer from the request's token,
 * writes (and audits) in one transaction, then reads back what the graph now holds.
 */
@Controller
class WritingController {

	private final FactWriter writer;

	private final Revisions revisions;

	private final SourceQueries sources;

	private final OrganizationQueries organizations;

	private final PersonQueries people;

	private final EventQueries events;

	WritingController(FactWriter writer, Revisions revisions, SourceQueries sources, OrganizationQueries organizations,
			PersonQueries people, EventQueries events) {
		this.writer = writer;
		this.revisions = revisions;
		this.sources = sources;
		this.organizations = organizations;
		this.people = people;
		this.events = events;
	}

	/** What {@code recordEvent} did, with the event as the graph now has it. */
	record EventWritten(Event event, Outcome outcome) {
	}

	@MutationMapping
	Source recordSource(@Argument SourceEntry source, GraphQLContext context) {
		String id = this.writer.source(Writer.of(context), source);
		return this.sources.byId(id).orElseThrow(() -> new NotFoundException("source with id", id));
	}

	@MutationMapping
	Organization recordOrganization(@Argument OrganizationEntry organization,
			@Argument @Nullable List<SourceEntry> sources, GraphQLContext context) {
		String id = this.writer.organization(Writer.of(context), organization, sources);
		return this.organizations.byId(id).orElseThrow(() -> new NotFoundException("organization with id", id));
	}

	@MutationMapping
	Person recordPerson(@Argument PersonEntry person, GraphQLContext context) {
		String id = this.writer.person(Writer.of(context), person);
		return this.people.byId(id).orElseThrow(() -> new NotFoundException("person with id", id));
	}

	@MutationMapping
	Person recordRole(@Argument RoleEntry role, @Argument @Nullable List<SourceEntry> sources, GraphQLContext context) {
		String id = this.writer.role(Writer.of(context), role, sources);
		return this.people.byId(id).orElseThrow(() -> new NotFoundException("person with id", id));
	}

	@MutationMapping
	EventWritten recordEvent(@Argument EventEntry event, @Argument @Nullable List<SourceEntry> sources,
			GraphQLContext context) {
		FactWriter.EventWrite written = this.writer.event(Writer.of(context), event, sources);
		return new EventWritten(read(written.id()), written.outcome());
	}

	@MutationMapping
	Event correctEvent(@Argument String id, @Argument Correction correction, @Argument CitationEntry citation,
			@Argument @Nullable List<SourceEntry> sources, GraphQLContext context) {
		Writer writer = Writer.of(context);
		this.writer.sources(writer, sources);
		return read(this.revisions.correct(writer.identity(), id, correction,
				new CitationFact(citation.source(), citation.excerpt())));
	}

	@MutationMapping
	Retraction retract(@Argument String id, @Argument String reason, GraphQLContext context) {
		return this.revisions.retract(Writer.of(context).identity(), id, reason);
	}

	@QueryMapping
	Page.Connection<Retraction> retractions(@Argument @Nullable Integer first, @Argument @Nullable String after) {
		return this.revisions.retractions(Page.of(first, after));
	}

	private Event read(String id) {
		return this.events.byIds(List.of(id))
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("event with id", id));
	}

}
