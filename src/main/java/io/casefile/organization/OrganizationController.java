package io.casefile.organization;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import io.casefile.organization.OrganizationQueries.AttributeValue;
import io.casefile.organization.OrganizationQueries.Identifier;
import io.casefile.system.InvalidArgumentException;
import io.casefile.system.NotFoundException;
import io.casefile.system.Page;
import io.casefile.system.ReadAlong;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Answers the organization queries of {@code schema/organization.graphqls}.
 */
@Controller
class OrganizationController {

	private final OrganizationQueries organizations;

	private final List<ReadAlong> readsAlong;

	OrganizationController(OrganizationQueries organizations, List<ReadAlong> readsAlong) {
		this.organizations = organizations;
		this.readsAlong = readsAlong;
	}

	/** The schema's {@code IdentifierLookup}. */
	record IdentifierLookup(IdentifierType type, String value) {
	}

	@QueryMapping
	DataFetcherResult<Organization> organization(@Argument @Nullable String id, @Argument @Nullable String name,
			@Argument @Nullable IdentifierLookup identifier, DataFetchingEnvironment env) {
		int given = ((id != null) ? 1 : 0) + ((name != null) ? 1 : 0) + ((identifier != null) ? 1 : 0);
		if (given != 1) {
			throw new InvalidArgumentException(
					"Give exactly one of id, name and identifier, such as organization(name: \"Amazon\") or "
							+ "organization(identifier: {type: CIK, value: \"0001018724\"})");
		}
		if (id != null) {
			return byId(id, env);
		}
		return DataFetcherResult.<Organization>newResult().data(byNameOrIdentifier(name, identifier)).build();
	}

	/**
	 * By id, with the first selected field that a feature reads along in the same
	 * statement: a timeline page asked for by the organization's id is one statement.
	 */
	private DataFetcherResult<Organization> byId(String id, DataFetchingEnvironment env) {
		return ReadAlong.find(env, this.readsAlong, (read) -> this.organizations.byId(id, read),
				() -> this.organizations.byId(id), () -> new NotFoundException("organization with id", id));
	}

	private Organization byNameOrIdentifier(@Nullable String name, @Nullable IdentifierLookup identifier) {
		if (identifier != null) {
			OrganizationIdentifier lookup = new OrganizationIdentifier(identifier.type(), identifier.value());
			return this.organizations.byIdentifier(lookup)
				.orElseThrow(() -> new NotFoundException("organization identified as", lookup.toString()));
		}
		return this.organizations.byName(name).orElseThrow(() -> new NotFoundException("organization named", name));
	}

	@QueryMapping
	List<OrganizationMatch> organizationMatches(@Argument String text) {
		return this.organizations.matches(text);
	}

	@QueryMapping
	Page.Connection<Organization> organizations(@Argument @Nullable Integer first, @Argument @Nullable String after) {
		return this.organizations.page(Page.of(first, after));
	}

	@BatchMapping(typeName = "Organization", field = "identifiers")
	Map<Organization, List<Identifier>> identifiers(List<Organization> organizations) {
		Map<String, List<Identifier>> byId = this.organizations
			.identifiers(organizations.stream().map(Organization::id).distinct().toList());
		return organizations.stream()
			.distinct()
			.collect(Collectors.toMap(Function.identity(), (o) -> byId.getOrDefault(o.id(), List.of())));
	}

	@BatchMapping(typeName = "Organization", field = "attributes")
	Map<Organization, List<AttributeValue>> attributes(List<Organization> organizations) {
		Map<String, List<AttributeValue>> byId = this.organizations
			.attributes(organizations.stream().map(Organization::id).distinct().toList());
		return organizations.stream()
			.distinct()
			.collect(Collectors.toMap(Function.identity(), (o) -> byId.getOrDefault(o.id(), List.of())));
	}

}
