package io.casefile.search;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a page ranked from each index's best candidates is the page that ranking every hit
 * would give.
 */
class RankingEveryHitTests {

	@Test
	void whenEveryIndexGaveAllItsHitsAnyPageIsTheWholeAnswer() {
		assertThat(SearchController.ranksEveryHit(rows(-1.0, 5.0, 3.0), 21)).isTrue();
	}

	@Test
	void aFullPageWhoseLastHitScoresAboveEveryHitNotGivenIsTheWholeAnswer() {
		assertThat(SearchController.ranksEveryHit(rows(2.5, 5.0, 4.0, 3.0), 3)).isTrue();
	}

	@Test
	void aHitNotGivenThatTiesThePagesLastCouldComeFirstById() {
		assertThat(SearchController.ranksEveryHit(rows(3.0, 5.0, 4.0, 3.0), 3)).isFalse();
	}

	@Test
	void aPageShortOfItsLimitWhileHitsWereNotGivenMayMissThem() {
		assertThat(SearchController.ranksEveryHit(rows(1.0, 5.0, 4.0), 3)).isFalse();
	}

	@Test
	void noRowSaysNothingOfTheHitsNotGiven() {
		assertThat(SearchController.ranksEveryHit(List.of(), 3)).isFalse();
	}

	private static List<Map<String, Object>> rows(double unseenAtMost, double... scores) {
		return java.util.Arrays.stream(scores)
			.mapToObj((score) -> Map.<String, Object>of("score", score, "unseenAtMost", unseenAtMost))
			.toList();
	}

}
