package io.casefile.system;

import io.casefile.CasefileTest;
import io.casefile.SchemaInspection;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.SchemaReport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the schema and the code in step: every schema field has something that answers
 * it, every controller method maps to a schema field, and every argument it takes is in
 * the schema.
 */
@CasefileTest
class SchemaInspectionTests {

	@Test
	void everySchemaFieldHasAResolverAndEveryResolverAField() {
		SchemaReport report = SchemaInspection.report();
		assertThat(report).as("the inspection ran when the context started").isNotNull();
		assertThat(report.unmappedFields()).as("schema fields nothing answers").isEmpty();
		assertThat(report.unmappedRegistrations()).as("resolvers for fields the schema lacks").isEmpty();
		assertThat(report.unmappedArguments()).as("controller arguments the schema lacks").isEmpty();
		assertThat(report.fieldNullnessErrors()).as("non-null schema fields the code may answer with null").isEmpty();
		assertThat(report.argumentNullnessErrors()).as("optional schema arguments the code requires").isEmpty();
	}

}
