/**
 * Capital expenditure year by year: the guidance a company gave for a fiscal year beside
 * what it actually spent, with the difference, each figure cited.
 */
@NullMarked
package io.casefile.capex;

import org.jspecify.annotations.NullMarked;
