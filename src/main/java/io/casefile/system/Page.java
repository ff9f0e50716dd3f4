package io.casefile.system;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Keyset pagination shared by every list: a request for {@code first} items after a
 * cursor, and the Relay-style connection that answers it. A cursor is the opaque form of
 * the last item's sort key, so pages stay stable when items are inserted between two
 * requests.
 *
 * @param first how many items the page holds, 1 to {@link #MAX}
 * @param after the sort key to continue after, or null for the first page
 */
public record Page(int first, @Nullable String after) {

	/** The largest page a request may ask for. */
	public static final int MAX = 100;

	/** The page size when a request does not say. */
	public static final int DEFAULT = 20;

	/**
	 * Reads a page request from the GraphQL arguments.
	 * @throws InvalidArgumentException when {@code first} is out of range or the cursor
	 * is not one of ours
	 */
	public static Page of(@Nullable Integer first, @Nullable String after) {
		int size = (first != null) ? first : DEFAULT;
		if (size < 1 || size > MAX) {
			throw new InvalidArgumentException("first must be between 1 and " + MAX + " but was " + size
					+ "; page through longer lists with after");
		}
		return new Page(size, (after != null) ? decode(after) : null);
	}

	/**
	 * The keyset parameters of a page's query, {@code $after} (null on the first page)
	 * and {@code $limit}, in a map that the query may add its own to.
	 */
	public Map<String, @Nullable Object> parameters() {
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("after", this.after);
		parameters.put("limit", limit());
		return parameters;
	}

	/**
	 * How many rows to fetch: one more than the page, to know whether another page
	 * follows.
	 */
	public int limit() {
		return this.first + 1;
	}

	/**
	 * Cuts the fetched rows (at most {@link #limit()}) into a connection.
	 */
	public <T> Connection<T> connection(List<T> rows, Function<T, String> sortKey) {
		List<Edge<T>> edges = rows.stream()
			.limit(this.first)
			.map((row) -> new Edge<>(row, cursor(sortKey.apply(row))))
			.toList();
		return new Connection<>(edges, info(rows.size(), edges.stream().map(Edge::cursor).toList()));
	}

	/**
	 * Where a page starts and ends, given how many rows were fetched (at most
	 * {@link #limit()}) and the cursors of the rows it shows.
	 */
	public PageInfo info(int fetched, List<String> cursors) {
		return new PageInfo(fetched > this.first, this.after != null, cursors.isEmpty() ? null : cursors.getFirst(),
				cursors.isEmpty() ? null : cursors.getLast());
	}

	/** The opaque cursor of a sort key. */
	public static String cursor(String sortKey) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(sortKey.getBytes(StandardCharsets.UTF_8));
	}

	private static String decode(String cursor) {
		try {
			return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidArgumentException(
					"after \"" + cursor + "\" is not a cursor of this list: pass the endCursor of the previous page");
		}
	}

	/**
	 * A sort key that orders first by a number (a score, a headcount), then by text: a
	 * double prints and parses back exactly.
	 */
	public record NumberedKey(double value, String key) {

		@Override
		public String toString() {
			return this.value + "|" + this.key;
		}

		/** Reads a decoded cursor written by {@link #toString()}. */
		public static NumberedKey parse(String after) {
			int bar = after.indexOf('|');
			try {
				return new NumberedKey(Double.parseDouble(after.substring(0, bar)), after.substring(bar + 1));
			}
			catch (RuntimeException ex) {
				throw new InvalidArgumentException(
						"after is not a cursor of this list: pass the endCursor of the previous page");
			}
		}

	}

	/** A page of items, Relay's connection. */
	public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo) {

		/** The same page with each item turned into another. */
		public <R> Connection<R> mapNodes(Function<T, R> mapper) {
			return new Connection<>(
					this.edges.stream().map((e) -> new Edge<>(mapper.apply(e.node()), e.cursor())).toList(),
					this.pageInfo);
		}

	}

	/** An item of a page with its cursor. */
	public record Edge<T>(T node, String cursor) {
	}

	/** Where a page starts and ends. */
	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, @Nullable String startCursor,
			@Nullable String endCursor) {
	}

}
