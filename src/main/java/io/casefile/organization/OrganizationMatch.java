package io.casefile.organization;

/**
 * An organization a text may name, and how it matched.
 */
record OrganizationMatch(Organization organization, MatchedBy matchedBy) {

	/** How a text names an organization, the surest first. */
	enum MatchedBy {

		/** Its id. */
		ID,
		/** One of its identifiers, written {@code cik:1018724}. */
		IDENTIFIER,
		/** Its name or an alias, whatever the case. */
		NAME,
		/** Its name or an alias once spelling and legal forms are set aside. */
		SPELLING

	}

}
