package io.casefile.question;

/**
 * Which anchor events count: the first, the last, or any.
 */
enum AnchorMatch {

	FIRST, LAST, ANY

}
