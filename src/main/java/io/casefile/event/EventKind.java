package io.casefile.event;

/**
 * The kinds of event in the graph; each is also a Neo4j label and a GraphQL type of the
 * same name.
 */
public enum EventKind {

	LAYOFF_WAVE("LayoffWave"), STATEMENT("Statement"), CAPEX("CapexFigure"), FINANCIAL_RESULT("FinancialResult"),
	DEBT_RAISE("DebtRaise"), POLICY("Policy"), HEADCOUNT_CHANGE("HeadcountChange"),
	ANALYST_PROJECTION("AnalystProjection"), ESTIMATE("Estimate");

	private final String label;

	EventKind(String label) {
		this.label = label;
	}

	/** The Neo4j label and GraphQL type name of this kind. */
	public String label() {
		return this.label;
	}

}
