package io.casefile.companylist;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
import io.casefile.companylist.CompanyListImport.CompanyListReport;
import io.casefile.recording.FileText;
import io.casefile.csv.FileSource;
import io.casefile.security.Writer;
import io.casefile.system.InvalidArgumentException;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * The GraphQL door of the company-list import; the command line is the other.
 */
@Controller
class CompanyListController {

	private final CompanyListImport lists;

	CompanyListController(CompanyListImport lists) {
		this.lists = lists;
	}

	/** The schema's {@code ColumnInput}: which header holds a field. */
	record ColumnInput(String field, String header) {
	}

	@MutationMapping
	CompanyListReport importCompanyList(@Argument String name, @Argument String csv, @Argument FileSource source,
			@Argument @Nullable List<ColumnInput> columns, GraphQLContext context) {
		Writer writer = Writer.of(context);
		Map<String, String> headers = new LinkedHashMap<>();
		if (columns != null) {
			columns.forEach((column) -> headers.put(column.field(), column.header()));
		}
		byte[] bytes = FileText.utf8(csv, "company list");
		try {
			return this.lists.write(name, () -> new ByteArrayInputStream(bytes),
					CompanyListImport.USUAL_NAMES.with(headers), source, writer.identity());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidArgumentException("columns: " + ex.getMessage());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
