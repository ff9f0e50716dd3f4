package io.casefile.filing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Which us-gaap concepts give each metric, in one place. Filers do not all tag a figure
 * with the same concept (revenue moved to {@code RevenueFromContractWithCustomer...} with
 * ASC 606 in 2018; Amazon tags its purchases of property and equipment
 * {@code PaymentsToAcquireProductiveAssets}), so each metric lists its concepts in order
 * of preference: for a period, the first concept the company reports it with gives the
 * figure, and the figure names the concept it came from. Quarters are derived within one
 * concept, never by subtracting one concept's figure from another's.
 */
final class Concepts {

	/** The taxonomy these concepts belong to. */
	static final String TAXONOMY = "us-gaap";

	/** Metrics (the schema's {@code FinancialMetric}) to concepts, preferred first. */
	static final Map<String, List<String>> BY_METRIC = byMetric();

	private static Map<String, List<String>> byMetric() {
		Map<String, List<String>> concepts = new LinkedHashMap<>();
		concepts.put("REVENUE", List.of("Revenues", "RevenueFromContractWithCustomerExcludingAssessedTax",
				"RevenueFromContractWithCustomerIncludingAssessedTax", "SalesRevenueNet", "SalesRevenueGoodsNet"));
		concepts.put("NET_INCOME", List.of("NetIncomeLoss", "ProfitLoss"));
		concepts.put("OPERATING_CASH_FLOW", List.of("NetCashProvidedByUsedInOperatingActivities",
				"NetCashProvidedByUsedInOperatingActivitiesContinuingOperations"));
		concepts.put("CAPITAL_EXPENDITURE", List.of("PaymentsToAcquirePropertyPlantAndEquipment",
				"PaymentsToAcquireProductiveAssets", "PaymentsForCapitalImprovements"));
		return concepts;
	}

	private static final Map<String, String> METRIC_OF = metricOf();

	private static Map<String, String> metricOf() {
		Map<String, String> metrics = new LinkedHashMap<>();
		BY_METRIC.forEach((metric, concepts) -> concepts.forEach((concept) -> metrics.put(concept, metric)));
		return metrics;
	}

	private Concepts() {
	}

	/** The metric a us-gaap concept gives, or null when Casefile does not read it. */
	static @Nullable String metricOf(String concept) {
		return METRIC_OF.get(concept);
	}

	/** How much a concept is preferred for its metric: 0 is the first choice. */
	static int rank(String concept) {
		String metric = METRIC_OF.get(concept);
		return (metric != null) ? BY_METRIC.get(metric).indexOf(concept) : Integer.MAX_VALUE;
	}

}
