package io.casefile.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The bounds on what a client may send, checked before anything runs; each is a setting,
 * documented in the README.
 *
 * @param requestSize the largest HTTP request body; larger files go through the command
 * line
 * @param text the longest string argument, but for those marked {@code @file} in the
 * schema, which carry a whole file and are bounded by {@code requestSize}
 * @param listItems the most items a list argument may hold (the organizations of a
 * filter, the citations of a fact)
 * @param searchCharacters the longest search text
 * @param searchWords the most words a search may hold: each word is a clause of the
 * full-text query
 */
@ConfigurationProperties("casefile.limits")
public record RequestLimits(@DefaultValue("16MB") DataSize requestSize, @DefaultValue("10000") int text,
		@DefaultValue("100") int listItems, @DefaultValue("500") int searchCharacters,
		@DefaultValue("32") int searchWords) {
}
