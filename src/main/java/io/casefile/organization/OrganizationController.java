package io.casefile.organization;

import io.casefile.system.InvalidArgumentException;
import io.casefile.system.NotFoundException;
import io.casefile.system.Page;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Answers the organization queries of {@code schema/organization.graphqls}.
 */
@Controller
class OrganizationController {

	private final OrganizationQueries organizations;

	OrganizationController(OrganizationQueries organizations) {
		this.organizations = organizations;
	}

	@QueryMapping
	Organization organization(@Argument @Nullable String id, @Argument @Nullable String name) {
		if ((id == null) == (name == null)) {
			throw new InvalidArgumentException(
					"Give exactly one of id and name, such as organization(name: \"Amazon\")");
		}
		if (id != null) {
			return this.organizations.byId(id).orElseThrow(() -> new NotFoundException("organization with id", id));
		}
		return this.organizations.byName(name).orElseThrow(() -> new NotFoundException("organization named", name));
	}

	@QueryMapping
	Page.Connection<Organization> organizations(@Argument @Nullable Integer first, @Argument @Nullable String after) {
		return this.organizations.page(Page.of(first, after));
	}

}
