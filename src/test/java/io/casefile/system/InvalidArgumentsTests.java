package io.casefile.system;

import java.util.List;

import io.casefile.CasefileTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input gets an error with a stable code and a message a person can act on, never a
 * stack trace.
 */
@CasefileTest
class InvalidArgumentsTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void anUnknownOrganizationIsNotFound() {
		ResponseError error = onlyError("{ organization(name: \"Amazin\") { id } }");
		assertThat(error.getExtensions()).containsEntry("code", "NOT_FOUND");
		assertThat(error.getMessage()).contains("Amazin");
		assertThat(error.getPath()).isEqualTo("organization");
	}

	@Test
	void anUnknownOrganizationInTheRelationalQuestionIsNotFound() {
		ResponseError error = onlyError("""
				{ eventsAfterFinancialThreshold(organization: "Nope Inc", kind: LAYOFF_WAVE, metric: FREE_CASH_FLOW,
				  below: 0) { totalCount } }""");
		assertThat(error.getExtensions()).containsEntry("code", "NOT_FOUND");
	}

	@Test
	void fromAfterToIsAnInvalidArgument() {
		ResponseError error = onlyError(
				"{ organization(name: \"Amazon\") { timeline(from: \"2026-01-01\", to: \"2025-01-01\") { edges { cursor } } } }");
		assertThat(error.getExtensions()).containsEntry("code", "INVALID_ARGUMENT");
		assertThat(error.getMessage()).contains("from (2026-01-01) is after to (2025-01-01)");
	}

	@Test
	void aMalformedDateIsRefusedWithTheFormItShouldHave() {
		ResponseError error = onlyError(
				"{ organization(name: \"Amazon\") { timeline(from: \"2025-13-45\") { edges { cursor } } } }");
		assertThat(error.getExtensions()).containsEntry("code", "GRAPHQL_VALIDATION_FAILED");
		assertThat(error.getMessage()).contains("2025-13-45").contains("YYYY-MM-DD");

		List<ResponseError> inVariable = this.graphQl.document(
				"query($from: Date) { organization(name: \"Amazon\") { timeline(from: $from) { edges { cursor } } } }")
			.variable("from", "late October")
			.execute()
			.returnResponse()
			.getErrors();
		assertThat(inVariable).hasSize(1);
		assertThat(inVariable.getFirst().getExtensions()).containsKey("code");
		assertThat(inVariable.getFirst().getMessage()).contains("YYYY-MM-DD");
	}

	@Test
	void aPageLargerThanAHundredIsAnInvalidArgument() {
		ResponseError error = onlyError("{ organizations(first: 1000) { edges { cursor } } }");
		assertThat(error.getExtensions()).containsEntry("code", "INVALID_ARGUMENT");
		assertThat(error.getMessage()).contains("between 1 and 100");
	}

	@Test
	void aCursorFromNowhereIsAnInvalidArgument() {
		ResponseError error = onlyError("{ organizations(after: \"%%%\") { edges { cursor } } }");
		assertThat(error.getExtensions()).containsEntry("code", "INVALID_ARGUMENT");
	}

	@Test
	void givingBothOrNeitherOfIdAndNameIsAnInvalidArgument() {
		assertThat(onlyError("{ organization { id } }").getExtensions()).containsEntry("code", "INVALID_ARGUMENT");
		assertThat(onlyError("{ person(id: \"andy-jassy\", name: \"Andy Jassy\") { id } }").getExtensions())
			.containsEntry("code", "INVALID_ARGUMENT");
	}

	@Test
	void aMisspeltFieldIsAValidationError() {
		ResponseError error = onlyError("{ organization(name: \"Amazon\") { nmae } }");
		assertThat(error.getExtensions()).containsEntry("code", "GRAPHQL_VALIDATION_FAILED");
	}

	@Test
	void anUnknownEventOrSourceIsNotFound() {
		assertThat(onlyError("{ event(id: \"nope\") { id } }").getExtensions()).containsEntry("code", "NOT_FOUND");
		assertThat(onlyError("{ source(id: \"nope\") { id } }").getExtensions()).containsEntry("code", "NOT_FOUND");
		assertThat(onlyError("{ connections(from: \"andy-jassy\", to: \"nope\") { sentence } }").getExtensions())
			.containsEntry("code", "NOT_FOUND");
	}

	private ResponseError onlyError(String document) {
		List<ResponseError> errors = this.graphQl.document(document).execute().returnResponse().getErrors();
		assertThat(errors).hasSize(1);
		ResponseError error = errors.getFirst();
		assertThat(error.getMessage()).as("no stack trace or exception class in the message")
			.doesNotContain("Exception")
			.doesNotContain("\tat ");
		return error;
	}

}
