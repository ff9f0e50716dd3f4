package io.casefile.question;

import java.time.LocalDate;
import java.util.List;

import io.casefile.event.EventKind;
import org.jspecify.annotations.Nullable;

/**
 * The schema's {@code EventFilter}: which events to take. Every condition given must
 * hold.
 */
record EventWhere(@Nullable List<EventKind> kinds, @Nullable List<String> organizations, @Nullable List<String> people,
		@Nullable LocalDate from, @Nullable LocalDate to, @Nullable Integer headcountAtLeast,
		@Nullable Double amountAtLeast, @Nullable String direction, @Nullable String basis,
		@Nullable MetricCondition metric, @Nullable String text, @Nullable String topic, @Nullable List<EventWhere> and,
		@Nullable List<EventWhere> or, @Nullable EventWhere not) {

	/** A condition on a financial result's figure. */
	record MetricCondition(String metric, @Nullable Double below, @Nullable Double above) {
	}

}
