package io.casefile.question;

/**
 * How statistics group events.
 */
enum Grouping {

	ORGANIZATION, YEAR, QUARTER, KIND

}
