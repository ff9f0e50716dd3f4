package io.casefile.capex;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import io.casefile.event.Event;
import org.jspecify.annotations.Nullable;

/**
 * A fiscal year's capital expenditure: each guidance given for it, in the order given,
 * and what was actually spent.
 *
 * @param fiscalYear the fiscal year
 * @param guidance the guidance for the year, oldest first
 * @param actual what was spent, or null when no source gives it yet
 */
record CapexYear(int fiscalYear, List<Event.CapexFigure> guidance, Event.@Nullable CapexFigure actual) {

	/** The guidance that the actual is compared with: the last one with an amount. */
	Event.@Nullable CapexFigure lastGuidance() {
		return this.guidance.stream().filter((g) -> g.amount() != null).reduce((a, b) -> b).orElse(null);
	}

	/** Actual less the last guidance with an amount, exactly; null without both. */
	Event.@Nullable Money difference() {
		Event.CapexFigure guided = lastGuidance();
		if (guided == null || this.actual == null || this.actual.amount() == null) {
			return null;
		}
		BigDecimal difference = new BigDecimal(this.actual.amount().exact())
			.subtract(new BigDecimal(guided.amount().exact()));
		return new Event.Money(difference.doubleValue(), difference.toPlainString(), this.actual.amount().currency(),
				null);
	}

	/** "2025: guided $125 billion, actual $131.8 billion ($6.8 billion more)". */
	String summary() {
		StringBuilder text = new StringBuilder().append(this.fiscalYear).append(":");
		Event.CapexFigure guided = lastGuidance();
		if (guided != null) {
			text.append(" guided ").append(words(guided.amount()));
		}
		else if (!this.guidance.isEmpty()) {
			text.append(" guidance without an amount");
		}
		else {
			text.append(" no guidance on record");
		}
		text.append((this.actual != null && this.actual.amount() != null) ? ", actual " + words(this.actual.amount())
				: ", no actual on record");
		Event.Money difference = difference();
		if (difference != null) {
			BigDecimal value = new BigDecimal(difference.exact());
			text.append((value.signum() == 0) ? " (as guided)"
					: " (" + billions(value.abs()) + ((value.signum() > 0) ? " more)" : " less)"));
		}
		return text.toString();
	}

	private static String words(Event.Money money) {
		return (money.text() != null) ? money.text() : billions(new BigDecimal(money.exact()));
	}

	private static String billions(BigDecimal dollars) {
		return "$" + String.format(Locale.ROOT, "%.1f", dollars.doubleValue() / 1e9).replaceFirst("\\.0$", "")
				+ " billion";
	}

	/** Years in order, from a company's capex figures. */
	static List<CapexYear> of(List<Event.CapexFigure> figures) {
		return figures.stream()
			.map(Event.CapexFigure::fiscalYear)
			.distinct()
			.sorted()
			.map((year) -> new CapexYear(year,
					figures.stream()
						.filter((f) -> f.fiscalYear() == year && f.basis().equals("GUIDANCE"))
						.sorted(Comparator.comparing(Event.CapexFigure::sortKey))
						.toList(),
					figures.stream()
						.filter((f) -> f.fiscalYear() == year && f.basis().equals("ACTUAL"))
						.findFirst()
						.orElse(null)))
			.toList();
	}

}
