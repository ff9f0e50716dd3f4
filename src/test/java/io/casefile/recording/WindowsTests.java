package io.casefile.recording;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Windows of many rows of one company are read as the fewest spans that cover them. */
class WindowsTests {

	@Test
	void overlappingAndTouchingSpansBecomeOne() {
		assertThat(Windows.merge(List.of(span("2025-03-01", "2025-04-30"), span("2025-01-01", "2025-03-01"),
				span("2025-05-01", "2025-05-10"))))
			.containsExactly(span("2025-01-01", "2025-05-10"));
	}

	@Test
	void spansApartStayApartInOrder() {
		assertThat(Windows.merge(List.of(span("2025-09-01", "2025-09-30"), span("2025-01-01", "2025-01-31"),
				span("2025-01-10", "2025-01-20"))))
			.containsExactly(span("2025-01-01", "2025-01-31"), span("2025-09-01", "2025-09-30"));
	}

	@Test
	void noSpansNoWindows() {
		assertThat(Windows.merge(List.of())).isEmpty();
	}

	private static Windows.Span span(String from, String to) {
		return new Windows.Span(LocalDate.parse(from), LocalDate.parse(to));
	}

}
