// The page is a client of Casefile's public GraphQL API, like any other: these are its requests.

const EVENT = `
  id kind title summary
  date { text precision earliest latest known }
  ... on LayoffWave { headcount scope }
  ... on FinancialResult { period reportedOn { text } figures { metric value text unit } }
  ... on Statement { quote }
  citations { excerpt knownSince source { title publisher url publishedOn { text } } }`;

/** Sends a request; resolves to its data, or rejects with the errors' messages. */
export async function ask(query, variables = {}) {
    const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
        body: JSON.stringify({ query, variables }),
    });
    const answer = await response.json();
    if (answer.errors && !answer.data) {
        throw new Error(answer.errors.map((e) => e.message).join('; '));
    }
    return answer;
}

/** Organizations and a person a text may name, for the typeahead. */
export async function suggestions(text) {
    const answer = await ask(`query ($t: String!) {
        organizationMatches(text: $t) { organization { id name } matchedBy }
        person(name: $t) { id name } }`, { t: text });
    const found = (answer.data?.organizationMatches ?? [])
        .map((m) => ({ type: 'organization', id: m.organization.id, name: m.organization.name }));
    if (answer.data?.person) {
        found.push({ type: 'person', id: answer.data.person.id, name: answer.data.person.name });
    }
    return found;
}

/** A lane's events, every page of them up to a limit: an organization's timeline or a person's statements. */
export async function lane(type, id, asOf, limit = 2000) {
    const list = type === 'person' ? 'statements' : 'timeline';
    const query = `query ($id: ID, $asOf: Date, $after: String) {
        ${type}(id: $id) { id name ${list}(asOf: $asOf, first: 100, after: $after) {
          edges { node { ${EVENT} } } pageInfo { hasNextPage endCursor } } } }`;
    let after = null;
    let name = id;
    const events = [];
    do {
        const answer = await ask(query, { id, asOf: asOf || null, after });
        const owner = answer.data?.[type];
        if (!owner) {
            throw new Error(`Casefile has no ${type} "${id}"`);
        }
        name = owner.name;
        const page = owner[list];
        events.push(...page.edges.map((e) => e.node));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after && events.length < limit);
    return { type, id, name, events };
}

/** The disputes of an organization's events, by event id. */
export async function disputes(id, asOf) {
    const answer = await ask(`query ($o: String, $asOf: Date) {
        disputes(organization: $o, asOf: $asOf, first: 100) { edges { node {
          event { id } about
          claims { headcount date { text } amount { exact text } citation { excerpt source { title url } } } } } } }`,
    { o: id, asOf: asOf || null });
    const byEvent = new Map();
    for (const edge of answer.data?.disputes?.edges ?? []) {
        byEvent.set(edge.node.event.id, edge.node);
    }
    return byEvent;
}

/**
 * The question form's answer for one organization: events of a kind after, within some days after, or before
 * the first (or any) financial period whose metric crossed a value, counted from the period's end or its
 * report day, each with its anchor and whether the relation is certain or only possible.
 */
export async function related(organization, form) {
    const answer = await ask(`query ($o: String!, $kind: EventKind!, $metric: FinancialMetric!, $below: Float,
          $above: Float, $relation: TemporalRelation!, $days: Int, $match: AnchorMatch, $anchorAt: PeriodAnchor) {
        eventsRelativeTo(where: {kinds: [$kind], organizations: [$o]}, relation: $relation, days: $days,
            anchor: {kinds: [FINANCIAL_RESULT], organizations: [$o],
                     metric: {metric: $metric, below: $below, above: $above}},
            anchorMatch: $match, anchorAt: $anchorAt, first: 100) {
          edges {
            certainty
            node { id title date { text } ... on LayoffWave { headcount } }
            anchor { id ... on FinancialResult { period reportedOn { text } figures { metric text value } } }
          }
          pageInfo { hasNextPage } } }`, {
        o: organization,
        kind: form.kind,
        metric: form.metric,
        below: form.direction === 'below' ? Number(form.value) : null,
        above: form.direction === 'above' ? Number(form.value) : null,
        relation: form.relation,
        days: form.relation.startsWith('WITHIN') ? Number(form.days) : null,
        match: form.match,
        anchorAt: form.anchor,
    });
    return answer.data.eventsRelativeTo;
}
