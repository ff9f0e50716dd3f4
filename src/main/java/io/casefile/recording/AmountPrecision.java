package io.casefile.recording;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * How precisely a source states an amount, judged from its words: "$83 billion" states
 * billions, so it means anything from 82.5 to 83.5 billion; "$4.8 billion" states tenths
 * of a billion; "82,999,000,000", or a figure without words (a filing's), is exact to the
 * unit. Two sources agree on an amount when what their words can mean overlaps: "$83
 * billion" and 82,999,000,000 agree (a rounded figure is not a dispute); "$83 billion"
 * and "$85 billion" do not.
 */
public final class AmountPrecision {

	private static final Pattern STATED = Pattern.compile(
			"(?<![\\p{L}\\d.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?\\s*(trillion|tn|billion|bn|b|million|mn|m|thousand|k)?\\b",
			Pattern.CASE_INSENSITIVE);

	private AmountPrecision() {
	}

	/**
	 * The least and greatest amount the words can mean, given the exact value recorded
	 * from them: {@code value} minus and plus half the unit of the last digit stated.
	 */
	public static BigDecimal[] interval(BigDecimal value, @Nullable String text) {
		BigDecimal half = unit(value, text).divide(BigDecimal.TWO);
		return new BigDecimal[] { value.subtract(half), value.add(half) };
	}

	/**
	 * The unit of the last digit the words state for this value; 1 when they state none.
	 * Of the numbers in the words ("in 2025, $83 billion"), the one that states the value
	 * is the one nearest to it.
	 */
	static BigDecimal unit(BigDecimal value, @Nullable String text) {
		if (text == null) {
			return BigDecimal.ONE;
		}
		BigDecimal unit = BigDecimal.ONE;
		double best = Double.MAX_VALUE;
		Matcher stated = STATED.matcher(text);
		while (stated.find()) {
			int decimals = (stated.group(2) != null) ? stated.group(2).length() : 0;
			BigDecimal scale = scale(stated.group(3));
			BigDecimal number = new BigDecimal(
					stated.group(1).replace(",", "") + ((stated.group(2) != null) ? "." + stated.group(2) : ""))
				.multiply(scale);
			double distance = Math.abs(Math.log((number.doubleValue() + 1) / (value.abs().doubleValue() + 1)));
			if (distance < best) {
				best = distance;
				unit = scale.movePointLeft(decimals);
			}
		}
		return unit;
	}

	private static BigDecimal scale(@Nullable String word) {
		if (word == null) {
			return BigDecimal.ONE;
		}
		return switch (word.toLowerCase(Locale.ROOT)) {
			case "trillion", "tn" -> BigDecimal.TEN.pow(12);
			case "billion", "bn", "b" -> BigDecimal.TEN.pow(9);
			case "million", "mn", "m" -> BigDecimal.TEN.pow(6);
			case "thousand", "k" -> BigDecimal.TEN.pow(3);
			default -> BigDecimal.ONE;
		};
	}

	/** Whether two stated amounts can mean the same amount. */
	public static boolean agree(BigDecimal a, @Nullable String aText, BigDecimal b, @Nullable String bText) {
		BigDecimal[] first = interval(a, aText);
		BigDecimal[] second = interval(b, bText);
		// Half-open: two exact figures one unit apart only touch, and do not agree.
		return first[0].compareTo(second[1]) < 0 && second[0].compareTo(first[1]) < 0;
	}

}
