package io.casefile.dispute;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.schema.DataFetchingFieldSelectionSet;
import io.casefile.event.EventKind;
import io.casefile.event.EventQueries;
import io.casefile.event.EventRows;
import io.casefile.event.EventSelection;
import io.casefile.organization.Organization;
import io.casefile.organization.OrganizationQueries;
import io.casefile.source.Citations;
import io.casefile.system.NotFoundException;
import io.casefile.system.Page;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where sources disagree, and what each says (question 10): one statement per page.
 */
@Controller
@Transactional(readOnly = true)
class DisputeController {

	/**
	 * What every dispute reads of its event: its citations with their claims, and its
	 * kind's own lists (a result's figures, whose citations claim amounts too).
	 */
	private static final EventSelection CLAIMS = new EventSelection(false, true, true, true, false, true, true);

	private final Neo4jClient neo4j;

	private final OrganizationQueries organizations;

	DisputeController(Neo4jClient neo4j, OrganizationQueries organizations) {
		this.neo4j = neo4j;
		this.organizations = organizations;
	}

	@QueryMapping
	@SuppressWarnings("unchecked")
	Page.Connection<Dispute> disputes(@Argument @Nullable String organization,
			@Argument @Nullable List<EventKind> kinds, @Argument @Nullable LocalDate asOf,
			@Argument @Nullable Integer first, @Argument @Nullable String after,
			DataFetchingFieldSelectionSet selection) {
		Page page = Page.of(first, after);
		String organizationId = null;
		if (organization != null) {
			organizationId = this.organizations.byIdOrName(organization)
				.map(Organization::id)
				.orElseThrow(() -> new NotFoundException("organization", organization));
		}
		// The claims are read from the citations (and a result's figures'), always
		// needed; their sources' authors only when asked for.
		EventSelection read = EventSelection.of(selection, "edges/node/event/")
			.withCitationsAt(selection, "edges/node/claims/citation")
			.or(CLAIMS);
		Map<String, @Nullable Object> params = new HashMap<>(page.parameters());
		params.put("organization", organizationId);
		params.put("kinds", (kinds != null && !kinds.isEmpty()) ? kinds.stream().map(Enum::name).toList() : null);
		params.put(Citations.AS_OF, asOf);
		List<Dispute> disputes = new ArrayList<>();
		this.neo4j.query(DisputeQueries.disputes(organizationId != null, EventQueries.projection(read)))
			.bindAll(params)
			.fetch()
			.all()
			.forEach((row) -> {
				Set<Dispute.DisputedField> about = EnumSet.noneOf(Dispute.DisputedField.class);
				if (Boolean.TRUE.equals(row.get("headcountDisputed"))) {
					about.add(Dispute.DisputedField.HEADCOUNT);
				}
				if (Boolean.TRUE.equals(row.get("dateDisputed"))) {
					about.add(Dispute.DisputedField.DATE);
				}
				if (Boolean.TRUE.equals(row.get("amountDisputed"))) {
					about.add(Dispute.DisputedField.AMOUNT);
				}
				disputes.add(Dispute.of(EventRows.event((Map<String, ?>) row.get("event")), about,
						(List<String>) row.get("disputedFigures")));
			});
		return page.connection(disputes, (dispute) -> dispute.event().sortKey());
	}

}
