package io.casefile.system;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.AstPrinter;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The schema's {@code Date} (an ISO day) and {@code DateTime} (an ISO moment with offset)
 * scalars.
 */
@Configuration(proxyBeanMethods = false)
class Scalars {

	@Bean
	RuntimeWiringConfigurer casefileScalars() {
		return (wiring) -> wiring.scalar(date()).scalar(dateTime());
	}

	static GraphQLScalarType date() {
		return GraphQLScalarType.newScalar().name("Date").coercing(new Coercing<LocalDate, String>() {
			@Override
			public String serialize(Object value, GraphQLContext context, Locale locale) {
				if (value instanceof LocalDate day) {
					return day.toString();
				}
				throw new CoercingSerializeException("Not a day: " + value);
			}

			@Override
			public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
				try {
					return LocalDate.parse(String.valueOf(input));
				}
				catch (DateTimeParseException ex) {
					throw new CoercingParseValueException(invalid(input));
				}
			}

			@Override
			public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
					Locale locale) {
				if (input instanceof StringValue text) {
					try {
						return LocalDate.parse(text.getValue());
					}
					catch (DateTimeParseException ex) {
						throw new CoercingParseLiteralException(invalid(text.getValue()));
					}
				}
				throw new CoercingParseLiteralException(invalid(input));
			}
		}).build();
	}

	private static String invalid(Object input) {
		return Messages.quote(literal(input)) + " is not a Date: write a day as YYYY-MM-DD, such as 2025-10-21";
	}

	static GraphQLScalarType dateTime() {
		return GraphQLScalarType.newScalar().name("DateTime").coercing(new Coercing<TemporalAccessor, String>() {
			@Override
			public String serialize(Object value, GraphQLContext context, Locale locale) {
				if (value instanceof ZonedDateTime moment) {
					return moment.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
				}
				if (value instanceof OffsetDateTime moment) {
					return moment.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
				}
				throw new CoercingSerializeException("Not a moment: " + value);
			}

			@Override
			public TemporalAccessor parseValue(Object input, GraphQLContext context, Locale locale) {
				try {
					return OffsetDateTime.parse(String.valueOf(input));
				}
				catch (DateTimeParseException ex) {
					throw new CoercingParseValueException(notADateTime(input));
				}
			}

			@Override
			public TemporalAccessor parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
					Locale locale) {
				if (input instanceof StringValue text) {
					try {
						return OffsetDateTime.parse(text.getValue());
					}
					catch (DateTimeParseException ex) {
						throw new CoercingParseLiteralException(notADateTime(text.getValue()));
					}
				}
				throw new CoercingParseLiteralException(notADateTime(input));
			}
		}).build();
	}

	/** What the client wrote: a string's text, another literal as GraphQL prints it. */
	private static String literal(Object input) {
		if (input instanceof StringValue text) {
			return text.getValue();
		}
		return (input instanceof Value<?> value) ? AstPrinter.printAst(value) : String.valueOf(input);
	}

	private static String notADateTime(Object input) {
		return Messages.quote(literal(input)) + " is not a DateTime: write it as 2026-02-04T09:30:00Z";
	}

}
