package io.casefile.question;

/**
 * The numbers statistics can sum, each a property of events.
 */
enum NumericField {

	HEADCOUNT("headcount"), AMOUNT("amount");

	private final String property;

	NumericField(String property) {
		this.property = property;
	}

	String property() {
		return this.property;
	}

}
