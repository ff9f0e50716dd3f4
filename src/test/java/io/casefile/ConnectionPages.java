package io.casefile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.graphql.test.tester.GraphQlTester;

/** Follows a connection page by page, as a client does with {@code endCursor}. */
public final class ConnectionPages {

	private ConnectionPages() {
	}

	/**
	 * The edges of the connection at {@code connection} (such as {@code disputes}),
	 * {@code first} a page, for at most {@code pages} pages, in order. The document takes
	 * {@code $first} and {@code $after} and selects {@code pageInfo { hasNextPage
	 * endCursor }}; every page must answer without errors.
	 */
	@SuppressWarnings("unchecked")
	public static List<Map<String, Object>> edges(GraphQlTester graphQl, String document, String connection, int first,
			int pages) {
		List<Map<String, Object>> edges = new ArrayList<>();
		String after = null;
		for (int page = 0; page < pages; page++) {
			var answer = graphQl.document(document).variable("first", first).variable("after", after).execute();
			answer.errors().verify();
			answer.path(connection + ".edges")
				.entityList(Map.class)
				.get()
				.forEach((edge) -> edges.add((Map<String, Object>) edge));
			if (!answer.path(connection + ".pageInfo.hasNextPage").entity(Boolean.class).get()) {
				break;
			}
			after = answer.path(connection + ".pageInfo.endCursor").entity(String.class).get();
		}
		return edges;
	}

}
