package io.casefile.filing;

import java.util.List;

/**
 * What Casefile reads of one company's facts file: who the company is and the values its
 * filings report for the concepts of {@link Concepts}, in dollars over a period.
 *
 * @param cik the company's SEC Central Index Key
 * @param name the company's name as the SEC has it ({@code entityName})
 * @param reported the values, in the order of the file
 */
record CompanyFacts(long cik, String name, List<Reported> reported) {

	CompanyFacts {
		reported = List.copyOf(reported);
	}

}
