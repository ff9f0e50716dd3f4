package io.casefile.recording;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How far apart two sources may date one layoff wave, and how far apart their headcounts
 * may be, for a claim to be about the same wave rather than a new one (see
 * {@link EventIdentity}).
 *
 * @param windowDays the most days between two dates of one wave ({@code 60})
 * @param headcountTolerance how far two headcounts of one wave may differ, as a share of
 * the larger ({@code 0.02}: 14,000 and 13,800 agree, 14,000 and 13,000 do not)
 */
@ConfigurationProperties("casefile.reconcile")
public record Reconciliation(@DefaultValue("60") int windowDays, @DefaultValue("0.02") double headcountTolerance) {

	/** The defaults, for code that runs without Spring. */
	public static final Reconciliation DEFAULTS = new Reconciliation(60, 0.02);

	/**
	 * Whether two headcounts are the same within the tolerance; unknown agrees with
	 * nothing.
	 */
	public boolean sameHeadcount(@Nullable Long a, @Nullable Long b) {
		if (a == null || b == null) {
			return false;
		}
		return Math.abs(a - b) <= this.headcountTolerance * Math.max(a, b);
	}

}
