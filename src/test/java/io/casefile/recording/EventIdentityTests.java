package io.casefile.recording;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.casefile.date.StatedDate;
import io.casefile.event.EventKind;
import io.casefile.recording.EventIdentity.Identified;
import io.casefile.recording.EventIdentity.Known;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wave rule, with a 60-day window and a 2% headcount tolerance: which tracker rows
 * are claims about a known wave, which are new waves, and which are possible duplicates.
 */
class EventIdentityTests {

	static final Reconciliation RULE = Reconciliation.DEFAULTS;

	static final Known OCTOBER = wave("amazon-layoffs-2025-10", "late October 2025", 14000L);

	static final Known JANUARY = wave("amazon-layoffs-2026-01", "late January 2026", 16000L);

	@Test
	void aRowWhoseDayFallsInAWavesDatesIsAClaimAboutIt() {
		assertThat(identify("2025-10-28", 14000L).same()).isEqualTo(OCTOBER);
		// Even with another headcount: the sources then dispute it.
		assertThat(identify("2026-01-28", 18000L).same()).isEqualTo(JANUARY);
	}

	@Test
	void aRowOfTheSameHeadcountWeeksApartIsAClaimWithADisputedDate() {
		assertThat(identify("2026-03-18", 16000L).same()).isEqualTo(JANUARY);
		assertThat(identify("2025-12-10", 14000L).same()).isEqualTo(OCTOBER);
		// Within the tolerance: 15,800 is 1.25% from 16,000.
		assertThat(identify("2026-02-20", 15800L).same()).isEqualTo(JANUARY);
	}

	@Test
	void aRowNearAWaveThatTheRuleCannotSettleIsANewWaveAndAPossibleDuplicate() {
		Identified otherHeadcount = identify("2026-02-20", 9000L);
		assertThat(otherHeadcount.same()).isNull();
		assertThat(otherHeadcount.possibleDuplicates()).containsExactly(JANUARY);
		Identified noHeadcount = identify("2025-11-15", null);
		assertThat(noHeadcount.same()).isNull();
		assertThat(noHeadcount.possibleDuplicates()).containsExactly(OCTOBER);
	}

	@Test
	void aRowBeyondTheWindowIsANewWave() {
		Identified far = identify("2026-04-15", 16000L);
		assertThat(far.same()).isNull();
		assertThat(far.possibleDuplicates()).isEmpty();
	}

	@Test
	void aWaveDatedOnlyToAQuarterDoesNotSwallowTheDaysOfItsQuarter() {
		Known quarter = wave("q", "Q4 2025", 500L);
		Identified identified = EventIdentity.wave(StatedDate.parse("2025-11-03"), 700L, null, List.of(quarter), RULE);
		assertThat(identified.same()).isNull();
		assertThat(identified.possibleDuplicates()).containsExactly(quarter);
	}

	@Test
	void cutsOfOneDayInTwoPlacesWithTwoHeadcountsAreTwoWaves() {
		Known seattle = wave("salesforce-seattle", "2025-09-03", 93L);
		seattle.properties().put("location", "Seattle");
		Identified dublin = EventIdentity.wave(StatedDate.parse("2025-09-03"), 30L, "Dublin, Non-U.S.",
				List.of(seattle), RULE);
		assertThat(dublin.same()).isNull();
		assertThat(dublin.possibleDuplicates()).containsExactly(seattle);
		// Without a place to tell them apart, two headcounts of one day are one wave,
		// disputed.
		assertThat(EventIdentity.wave(StatedDate.parse("2025-09-03"), 30L, null, List.of(seattle), RULE).same())
			.isEqualTo(seattle);
	}

	@Test
	void theToleranceIsAShareOfTheLargerHeadcount() {
		assertThat(RULE.sameHeadcount(14000L, 13800L)).isTrue();
		assertThat(RULE.sameHeadcount(14000L, 13000L)).isFalse();
		assertThat(RULE.sameHeadcount(null, 14000L)).isFalse();
	}

	private static Identified identify(String day, Long headcount) {
		return EventIdentity.wave(StatedDate.parse(day), headcount, null, List.of(OCTOBER, JANUARY), RULE);
	}

	static Known wave(String id, String date, Long headcount) {
		Map<String, Object> properties = new HashMap<>();
		StatedDate stated = StatedDate.parse(date);
		properties.put("dateEarliest", stated.earliest());
		properties.put("dateLatest", stated.latest());
		properties.put("headcount", headcount);
		return new Known(id, EventKind.LAYOFF_WAVE, properties, null);
	}

	@Test
	void aDaysBetweenIsZeroWhenTheDatesOverlap() {
		assertThat(EventIdentity.days(OCTOBER, StatedDate.day(LocalDate.of(2025, 10, 25)))).isZero();
		assertThat(EventIdentity.days(OCTOBER, StatedDate.day(LocalDate.of(2025, 11, 10)))).isEqualTo(10);
	}

}
