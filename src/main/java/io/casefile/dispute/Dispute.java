package io.casefile.dispute;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.casefile.date.StatedDate;
import io.casefile.event.Event;
import io.casefile.source.Citation;
import io.casefile.source.Citation.ClaimedValue;
import org.jspecify.annotations.Nullable;

/**
 * An event its sources disagree about: what they disagree on, and what each says.
 *
 * @param figures the figures of a financial result that sources give two values of
 */
public record Dispute(Event event, List<DisputedField> about, List<SourceClaim> claims, List<FigureDispute> figures) {

	/** What sources can disagree on. */
	public enum DisputedField {

		/** How many jobs were cut. */
		HEADCOUNT,
		/** When it happened: two dates that cannot both be right. */
		DATE,
		/** An amount of money, beyond what rounding explains. */
		AMOUNT,
		/**
		 * A figure of a financial result, beyond what rounding explains (a restatement).
		 */
		FIGURE

	}

	/**
	 * What one source says: its own claim when one was recorded, else the event as
	 * recorded from it.
	 */
	public record SourceClaim(Citation citation, @Nullable Integer headcount, StatedDate date,
			@Nullable ClaimedValue amount) {
	}

	/** A figure two sources give two values of, and what each gives. */
	public record FigureDispute(Event.Figure figure, List<FigureClaim> claims) {
	}

	/** The value one source gives a figure. */
	public record FigureClaim(Citation citation, ClaimedValue value) {
	}

	static Dispute of(Event event, Set<DisputedField> about, List<String> disputedFigures) {
		Integer recordedHeadcount = (event instanceof Event.LayoffWave wave) ? wave.headcount() : null;
		Event.Money money = amount(event);
		ClaimedValue recordedAmount = (money != null)
				? new ClaimedValue(money.value(), String.valueOf(money.value()), money.text()) : null;
		List<SourceClaim> claims = event.citations().stream().map((citation) -> {
			Citation.Claim claim = citation.claim();
			if (claim == null) {
				return new SourceClaim(citation, recordedHeadcount, event.date(), recordedAmount);
			}
			return new SourceClaim(citation, (claim.headcount() != null) ? claim.headcount() : recordedHeadcount,
					claim.date().known() ? claim.date() : event.date(),
					(claim.amount() != null) ? claim.amount() : recordedAmount);
		}).toList();
		List<FigureDispute> figures = new ArrayList<>();
		if (event instanceof Event.FinancialResult result) {
			for (Event.Figure figure : result.figures()) {
				if (disputedFigures.contains(figure.id())) {
					figures.add(new FigureDispute(figure,
							figure.citations()
								.stream()
								.filter((c) -> c.claim() != null && c.claim().amount() != null)
								.map((c) -> new FigureClaim(c, c.claim().amount()))
								.toList()));
				}
			}
		}
		List<DisputedField> fields = List.of(DisputedField.values())
			.stream()
			.filter((field) -> about.contains(field) || (field == DisputedField.FIGURE && !figures.isEmpty()))
			.toList();
		return new Dispute(event, fields, claims, figures);
	}

	private static Event.@Nullable Money amount(Event event) {
		return switch (event) {
			case Event.CapexFigure capex -> capex.amount();
			case Event.DebtRaise debt -> debt.amount();
			case Event.AnalystProjection projection -> projection.amount();
			default -> null;
		};
	}

}
