package io.casefile.capex;

import java.util.List;

import io.casefile.date.StatedDate;
import io.casefile.event.Event;
import io.casefile.event.EventKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A year's guidance against its actual, in numbers and in words, with no database.
 */
class CapexYearTests {

	static Event.CapexFigure capex(String id, int year, String basis, String exact, String text, String sortKey) {
		Event.Money amount = (exact != null) ? new Event.Money(Double.parseDouble(exact), exact, "USD", text) : null;
		return new Event.CapexFigure(id, EventKind.CAPEX, id, null, StatedDate.parse(Integer.toString(year)), List.of(),
				List.of(), null, sortKey, year, basis, amount, null, StatedDate.unknown());
	}

	@Test
	void theActualIsComparedWithTheLastGuidanceThatGivesAnAmountExactly() {
		CapexYear year = CapexYear.of(List.of(capex("actual", 2025, "ACTUAL", "131819000000", null, "3"),
				capex("first", 2025, "GUIDANCE", "100000000000", "$100 billion", "1"),
				capex("raised", 2025, "GUIDANCE", "125000000000", "$125 billion", "2"),
				capex("direction only", 2025, "GUIDANCE", null, null, "2b")))
			.get(0);
		assertThat(year.guidance()).extracting(Event.CapexFigure::id)
			.containsExactly("first", "raised", "direction only");
		assertThat(year.lastGuidance().id()).isEqualTo("raised");
		assertThat(year.difference().exact()).isEqualTo("6819000000");
		assertThat(year.summary()).isEqualTo("2025: guided $125 billion, actual $131.8 billion ($6.8 billion more)");
	}

	@Test
	void lessThanGuidedAndYearsInOrder() {
		List<CapexYear> years = CapexYear.of(List.of(capex("b", 2026, "GUIDANCE", "90000000000", null, "1"),
				capex("a", 2025, "ACTUAL", "80000000000", "$80 billion", "1"),
				capex("c", 2026, "ACTUAL", "85500000000", null, "2")));
		assertThat(years).extracting(CapexYear::summary)
			.containsExactly("2025: no guidance on record, actual $80 billion",
					"2026: guided $90 billion, actual $85.5 billion ($4.5 billion less)");
		assertThat(years.get(0).difference()).isNull();
	}

}
