package io.casefile.system;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import graphql.execution.DataFetcherResult;
import graphql.execution.ResultPath;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * A field that one feature reads in the statement with which another finds the field's
 * owner, so that a request for one owner and that field costs one statement, not two:
 * {@code organization(id:) { timeline }} and {@code person(id:) { statements }}. The
 * field's feature declares a bean of this type; the owner's fetcher asks it for the field
 * as selected ({@link #find}), and the field's own fetcher takes the value from
 * {@link #value} instead of asking the database again.
 */
public interface ReadAlong {

	/** The variable the owner is bound to in {@link Read#subquery}. */
	String OWNER = "owner";

	/** The column {@link Read#subquery} returns. */
	String COLUMN = "value";

	/** The GraphQL type of the owner, such as {@code Organization}. */
	String typeName();

	/** The field of the owner it reads, such as {@code timeline}. */
	String field();

	/**
	 * How to read the field as selected (its arguments and sub-selection), or null when
	 * the field's own fetcher should read it: for arguments it refuses, so that the error
	 * names the field.
	 */
	@Nullable Read read(SelectedField selected);

	/**
	 * What the owner's statement adds: a subquery run with the owner bound to
	 * {@value #OWNER} that returns one row of one column, {@value #COLUMN}; its
	 * parameters (none named {@code id}); and what to make of the column.
	 */
	record Read(String subquery, Map<String, @Nullable Object> parameters, Function<@Nullable Object, Object> value) {

		/**
		 * Finds the owner with this label and id, and reads the field along, in one
		 * statement: the owner as {@code projection} (of the variable {@value #OWNER})
		 * shows it, made by {@code owner} from that map.
		 */
		@SuppressWarnings("unchecked")
		public <T> Optional<Found<T>> find(Neo4jClient neo4j, String label, String projection, String id,
				Function<Map<String, ?>, T> owner) {
			return neo4j.query(OwnerStatements.of(label, projection, this.subquery))
				.bindAll(OwnerStatements.parameters(id, this.parameters))
				.fetch()
				.one()
				.map((row) -> new Found<>(owner.apply((Map<String, ?>) row.get(OWNER)),
						this.value.apply(row.get(COLUMN))));
		}

	}

	/** An owner, and the value of a field read along with it. */
	record Found<T>(T owner, Object value) {
	}

	/**
	 * The owner the fetcher in {@code env} finds, with the first selected field that one
	 * of the readers serves (a field of that name on that type) read in the same
	 * statement ({@code withRead}), else alone. The value is left in the result's local
	 * context with the path of the field it is for.
	 */
	static <T> DataFetcherResult<T> find(DataFetchingEnvironment env, Collection<ReadAlong> readers,
			Function<Read, Optional<Found<T>>> withRead, Supplier<Optional<T>> alone,
			Supplier<? extends RuntimeException> notFound) {
		for (SelectedField selected : env.getSelectionSet().getImmediateFields()) {
			for (ReadAlong reader : readers) {
				Read read = (selected.getName().equals(reader.field())
						&& selected.getObjectTypeNames().contains(reader.typeName())) ? reader.read(selected) : null;
				if (read != null) {
					Found<T> found = withRead.apply(read).orElseThrow(notFound);
					return DataFetcherResult.<T>newResult()
						.data(found.owner())
						.localContext(new Values(env.getExecutionStepInfo().getPath().segment(selected.getResultKey()),
								found.value()))
						.build();
				}
			}
		}
		return DataFetcherResult.<T>newResult().data(alone.get().orElseThrow(notFound)).build();
	}

	/**
	 * The value read along for the field being fetched, or null when it was not: only the
	 * field at the path it was read for, so that the same field further down (an event's
	 * organizations' timelines) is read by its own fetcher.
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
