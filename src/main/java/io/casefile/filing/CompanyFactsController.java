package io.casefile.filing;

import java.io.ByteArrayInputStream;

import graphql.GraphQLContext;
import io.casefile.recording.FileText;
import io.casefile.security.Writer;
import io.casefile.system.InvalidArgumentException;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * The GraphQL door of the company facts import: one company's file; the command line also
 * takes the bulk archive.
 */
@Controller
class CompanyFactsController {

	private final CompanyFactsImport filings;

	CompanyFactsController(CompanyFactsImport filings) {
		this.filings = filings;
	}

	@MutationMapping
	FilingImportReport importCompanyFacts(@Argument @Nullable String name, @Argument String json,
			GraphQLContext context) {
		Writer writer = Writer.of(context);
		String file = (name != null) ? name.strip() : "company facts";
		if (file.isEmpty()) {
			throw new InvalidArgumentException("Give the file a name, such as CIK0001018724.json, or leave it out");
		}
		return this.filings.write(file, new ByteArrayInputStream(FileText.utf8(json, "company facts file")),
				writer.identity());
	}

}
