package io.casefile.question;

import java.util.List;
import java.util.Map;

import io.casefile.event.EventKind;
import io.casefile.question.EventWhere.MetricCondition;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a filter with a metric condition ("quarters with negative free cash flow") reads:
 * from the figures that meet it, and not checked a second time after that start.
 */
class WhereCypherTests {

	private static final MetricCondition NEGATIVE_FCF = new MetricCondition("FREE_CASH_FLOW", 0.0, null);

	@Test
	void negativeFreeCashFlowQuartersStartFromTheFiguresAndAreNotCheckedAgain() {
		EventWhere quarters = where(List.of(EventKind.FINANCIAL_RESULT), NEGATIVE_FCF, null);
		WhereCypher.Reading reading = new WhereCypher("", Map.of(), Map.of()).reading("a", quarters);
		assertThat(reading.start()).startsWith("MATCH (start0:Figure {metric: $p0})")
			.contains("WHERE start0.value < $p1", "MATCH (a:Event)-[:REPORTS]->(start0)");
		assertThat(reading.predicate()).isEqualTo("(a:FinancialResult)");
	}

	@Test
	void withoutTheStartTheMetricConditionIsChecked() {
		EventWhere quarters = where(List.of(EventKind.FINANCIAL_RESULT), NEGATIVE_FCF, null);
		assertThat(new WhereCypher("", Map.of(), Map.of()).predicate("a", quarters)).contains("a:FinancialResult",
				"EXISTS { (a)-[:REPORTS]->(f0:Figure) WHERE f0.metric = $p0");
	}

	@Test
	void aMetricConditionInsideAnAndIsStillCheckedAfterTheStart() {
		EventWhere positiveOperatingCashFlow = where(null, new MetricCondition("OPERATING_CASH_FLOW", null, 0.0), null);
		EventWhere quarters = where(List.of(EventKind.FINANCIAL_RESULT), NEGATIVE_FCF,
				List.of(positiveOperatingCashFlow));
		WhereCypher cypher = new WhereCypher("", Map.of(), Map.of());
		String predicate = cypher.reading("a", quarters).predicate();
		// One figure condition left, the operating cash flow's (bound as $p2 and $p3).
		assertThat(predicate.split("EXISTS", -1)).hasSize(2);
		assertThat(predicate).contains("f2.metric = $p2 AND f2.value > $p3");
		assertThat(cypher.parameters()).containsEntry("p2", "OPERATING_CASH_FLOW");
	}

	private static EventWhere where(@Nullable List<EventKind> kinds, MetricCondition metric,
			@Nullable List<EventWhere> and) {
		return new EventWhere(kinds, null, null, null, null, null, null, null, null, metric, null, null, and, null,
				null);
	}

}
