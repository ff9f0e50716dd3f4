package io.casefile;

import org.springframework.graphql.execution.SchemaReport;

/**
 * The schema-mapping report of the shared test context, as Spring for GraphQL's
 * inspection made it at start.
 */
public final class SchemaInspection {

	private static volatile SchemaReport report;

	private SchemaInspection() {
	}

	static void keep(SchemaReport report) {
		SchemaInspection.report = report;
	}

	public static SchemaReport report() {
		return report;
	}

}
