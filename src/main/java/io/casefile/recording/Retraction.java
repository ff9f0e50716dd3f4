package io.casefile.recording;

import java.time.ZonedDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A retracted fact: still in the graph with its citations, hidden from every read, with
 * who retracted it, when and why.
 */
public record Retraction(String id, List<String> labels, @Nullable String title, ZonedDateTime at, String actor,
		String reason) {
}
