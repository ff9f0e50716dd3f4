package io.casefile.dispute;

import java.util.ArrayList;
import java.util.List;

import io.casefile.date.StatedDate;
import io.casefile.event.Event;
import io.casefile.source.Citation;
import org.jspecify.annotations.Nullable;

/**
 * An event its sources disagree about: what they disagree on, and what each says.
 */
public record Dispute(Event event, List<DisputedField> about, List<SourceClaim> claims) {

	/** What sources can disagree on. */
	public enum DisputedField {

		/** How many jobs were cut. */
		HEADCOUNT,
		/** When it happened: two dates that cannot both be right. */
		DATE

	}

	/**
	 * What one source says: its own claim when one was recorded, else the event as
	 * recorded from it.
	 */
	public record SourceClaim(Citation citation, @Nullable Integer headcount, StatedDate date) {
	}

	static Dispute of(Event event, boolean headcount, boolean date) {
		List<DisputedField> about = new ArrayList<>();
		if (headcount) {
			about.add(DisputedField.HEADCOUNT);
		}
		if (date) {
			about.add(DisputedField.DATE);
		}
		Integer recordedHeadcount = (event instanceof Event.LayoffWave wave) ? wave.headcount() : null;
		List<SourceClaim> claims = event.citations().stream().map((citation) -> {
			Citation.Claim claim = citation.claim();
			if (claim == null) {
				return new SourceClaim(citation, recordedHeadcount, event.date());
			}
			return new SourceClaim(citation, (claim.headcount() != null) ? claim.headcount() : recordedHeadcount,
					claim.date().known() ? claim.date() : event.date());
		}).toList();
		return new Dispute(event, List.copyOf(about), claims);
	}

}
