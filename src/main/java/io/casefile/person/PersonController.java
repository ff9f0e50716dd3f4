package io.casefile.person;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import io.casefile.organization.Organization;
import io.casefile.source.Source;
import io.casefile.system.InvalidArgumentException;
import io.casefile.system.NotFoundException;
import io.casefile.system.Page;
import io.casefile.system.ReadAlong;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Answers the person queries of {@code schema/person.graphqls}, and the roles of people
 * and organizations, each list of them in one query however many there are.
 */
@Controller
class PersonController {

	private final PersonQueries people;

	private final List<ReadAlong> readsAlong;

	PersonController(PersonQueries people, List<ReadAlong> readsAlong) {
		this.people = people;
		this.readsAlong = readsAlong;
	}

	/**
	 * A person; by id, with the first selected field that a feature reads along in the
	 * same statement (a page of statements).
	 */
	@QueryMapping
	DataFetcherResult<Person> person(@Argument @Nullable String id, @Argument @Nullable String name,
			DataFetchingEnvironment env) {
		if ((id == null) == (name == null)) {
			throw new InvalidArgumentException("Give exactly one of id and name, such as person(name: \"Andy Jassy\")");
		}
		if (id != null) {
			return ReadAlong.find(env, this.readsAlong, (read) -> this.people.byId(id, read),
					() -> this.people.byId(id), () -> new NotFoundException("person with id", id));
		}
		return DataFetcherResult.<Person>newResult()
			.data(this.people.byName(name).orElseThrow(() -> new NotFoundException("person named", name)))
			.build();
	}

	@QueryMapping
	Page.Connection<Person> people(@Argument @Nullable Integer first, @Argument @Nullable String after) {
		return this.people.page(Page.of(first, after));
	}

	/** Who wrote a source: the person its citations name, read with them. */
	@SchemaMapping(typeName = "Source", field = "author")
	@Nullable Person author(Source source) {
		Source.Author author = source.author();
		return (author != null) ? new Person(author.id(), author.name()) : null;
	}

	@BatchMapping(typeName = "Person", field = "roles")
	Map<Person, List<Role>> rolesOfPeople(List<Person> persons) {
		Map<String, List<Role>> roles = this.people.rolesOfPeople(persons.stream().map(Person::id).toList());
		return persons.stream()
			.distinct()
			.collect(Collectors.toMap(Function.identity(), (p) -> roles.getOrDefault(p.id(), List.of())));
	}

	@BatchMapping(typeName = "Organization", field = "roles")
	Map<Organization, List<Role>> rolesAtOrganizations(List<Organization> organizations) {
		Map<String, List<Role>> roles = this.people
			.rolesAtOrganizations(organizations.stream().map(Organization::id).toList());
		return organizations.stream()
			.distinct()
			.collect(Collectors.toMap(Function.identity(), (o) -> roles.getOrDefault(o.id(), List.of())));
	}

}
