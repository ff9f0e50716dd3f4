package io.casefile.organization;

import java.util.Map;
import java.util.function.Function;

import graphql.execution.ResultPath;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import org.jspecify.annotations.Nullable;

/**
 * A field of {@code Organization} that another feature reads in the statement that finds
 * the organization, so that a request for one organization and that field costs one
 * statement, not two. The feature declares a bean of this type; {@code organization(id:)}
 * asks it for the field as selected, and the field's own fetcher takes the value from
 * {@link #value} instead of asking the database again.
 */
public interface ReadAlong {

	/** The variable the organization is bound to in {@link Read#subquery}. */
	String ORGANIZATION = "o";

	/** The column {@link Read#subquery} returns. */
	String COLUMN = "value";

	/** The field of {@code Organization} it reads, such as {@code timeline}. */
	String field();

	/**
	 * How to read the field as selected (its arguments and sub-selection), or null when
	 * the field's own fetcher should read it: for arguments it refuses, so that the error
	 * names the field.
	 */
	@Nullable Read read(SelectedField selected);

	/**
	 * What the organization's statement adds: a subquery run with the organization bound
	 * to {@value #ORGANIZATION} that returns one row of one column, {@value #COLUMN}; its
	 * parameters (none named {@code id}); and what to make of the column.
	 */
	record Read(String subquery, Map<String, @Nullable Object> parameters, Function<@Nullable Object, Object> value) {
	}

	/**
	 * The value read along for the field being fetched, or null when it was not: the
	 * organization's fetcher leaves it in its local context with the path it is for, so
	 * that the same field further down (an event's organizations' timelines) is read by
	 * its own fetcher.
	 */
	static @Nullable Object value(DataFetchingEnvironment env) {
		if (env.getLocalContext() instanceof Values values
				&& values.path().equals(env.getExecutionStepInfo().getPath())) {
			return values.value();
		}
		return null;
	}

	/** The value read for the field at a path of the response. */
	record Values(ResultPath path, Object value) {
	}

}
