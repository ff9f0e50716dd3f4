package io.casefile.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import io.casefile.CasefileApplication;
import io.casefile.CypherStatements;
import io.casefile.dataset.Dataset;
import io.casefile.dataset.DatasetImport;
import org.neo4j.driver.Driver;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures Casefile over HTTP on a synthetic graph: it starts the application on an
 * embedded Neo4j of its own, loads the graph through the dataset import path (once; a
 * later run finds it), then runs six requests at a fixed concurrency and prints, for
 * each, the throughput, the p50 and p99 latency, the Cypher statements one request costs,
 * and the same question sent as raw Cypher through the driver: the floor.
 * <p>
 * {@code ./mvnw -Pbenchmark test-compile exec:exec}, with
 * {@code -Dbenchmark.args="--organizations=200"} to change the size
 * ({@code --concurrency}, {@code --seconds}, {@code --data} too; {@code --warm-up}, the
 * seconds of all the requests' load before the first row, and {@code --settle}, the
 * seconds of a side's own load before it is measured; {@code --only=timeline} runs the
 * requests whose name has that word); {@code --worst=true} times the costliest requests
 * the cost guard admits instead.
 */
public final class Benchmark {

	private static final long SEED = 42;

	private Benchmark() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		int organizations = Integer.parseInt(options.getOrDefault("organizations", "2000"));
		int concurrency = Integer.parseInt(options.getOrDefault("concurrency", "4"));
		int seconds = Integer.parseInt(options.getOrDefault("seconds", "10"));
		int warmUp = Integer.parseInt(options.getOrDefault("warm-up", "120"));
		int settle = Integer.parseInt(options.getOrDefault("settle", "10"));
		Path data = Path.of(options.getOrDefault("data", "target/benchmark/neo4j-" + organizations));

		SpringApplicationBuilder builder = new SpringApplicationBuilder(CasefileApplication.class)
			.initializers((context) -> context.getBeanFactory().addBeanPostProcessor(new CypherStatements()));
		// Casefile's planner warm-up would plan GraphiQL's example on one of the
		// two cores while the first row is measured; the benchmark warms up on its
		// own requests.
		try (ConfigurableApplicationContext app = builder.run("--server.port=0",
				"--casefile.neo4j.embedded.home=" + data, "--casefile.neo4j.embedded.bolt-port=0",
				"--casefile.neo4j.embedded.page-cache=2GB", "--casefile.warm-up=false", "--logging.level.root=WARN",
				"--logging.level.io.casefile=WARN")) {
			SyntheticGraph graph = new SyntheticGraph(organizations, SEED);
			load(app, graph);
			Endpoint endpoint = Endpoint.at(((WebServerApplicationContext) app).getWebServer().getPort());
			Driver driver = app.getBean(Driver.class);
			if (options.containsKey("worst")) {
				worst(endpoint);
				return;
			}
			String only = options.getOrDefault("only", "");
			List<Request> selected = requests(organizations).stream()
				.filter((request) -> request.name().contains(only))
				.toList();
			warmUp(selected, endpoint, concurrency, warmUp);
			List<Row> rows = new ArrayList<>();
			for (Request request : selected) {
				rows.add(measure(request, endpoint, driver, concurrency, seconds, settle));
			}
			print(graph, concurrency, seconds, warmUp, settle, rows);
		}
	}

	private static void load(ConfigurableApplicationContext app, SyntheticGraph graph) {
		DatasetImport datasetImport = app.getBean(DatasetImport.class);
		JsonMapper json = app.getBean(JsonMapper.class);
		List<Map<String, Object>> chunks = new ArrayList<>();
		graph.chunks(50, chunks::add);
		String last = (String) chunks.getLast().get("dataset");
		if (datasetImport.isWritten(last)) {
			System.out.printf("The synthetic graph of %,d events is already loaded.%n", graph.events());
			return;
		}
		long start = System.nanoTime();
		for (Map<String, Object> chunk : chunks) {
			datasetImport.write(json.convertValue(chunk, Dataset.class));
		}
		double took = (System.nanoTime() - start) / 1e9;
		System.out.printf("Loaded %,d events in %.1f s: %,.0f events per second through the dataset import.%n",
				graph.events(), took, graph.events() / took);
	}

	/**
	 * The six requests, each with its GraphQL document and the same question in raw
	 * Cypher.
	 */
	private static List<Request> requests(int organizations) {
		Function<Random, Map<String, Object>> anyOrganization = (random) -> Map.of("id",
				SyntheticGraph.organizationId(random.nextInt(organizations)));
		Function<Random, Map<String, Object>> anyChiefExecutive = (random) -> Map.of("id",
				SyntheticGraph.organizationId(random.nextInt(organizations)) + "-ceo");
		return List.of(
				new Request("timeline page (20 events, citations)", """
						query($id: ID) { organization(id: $id) { timeline(first: 20) { edges { node {
						  id title date { text earliest latest } citations { excerpt source { title } } } } } } }""",
						anyOrganization,
						"""
								MATCH (:Organization {id: $id})<-[:CONCERNS|MADE_BY]-(e:Event)
								WITH DISTINCT e ORDER BY e.sortKey LIMIT 20
								RETURN e.id, e.title, e.dateText, e.dateEarliest, e.dateLatest,
								       COLLECT { MATCH (e)-[r:REPORTED_IN]->(s:Source) RETURN {excerpt: r.excerpt, title: s.title} }
								""",
						anyOrganization),
				new Request("layoffs after first negative FCF, all orgs",
						"""
								{ eventsRelativeTo(where: {kinds: [LAYOFF_WAVE]}, relation: AFTER, anchorMatch: FIRST,
								    anchor: {kinds: [FINANCIAL_RESULT], metric: {metric: FREE_CASH_FLOW, below: 0}}, first: 20) {
								  edges { certainty node { id title date { text } } anchor { id } } } }""",
						(random) -> Map.of(),
						"""
								MATCH (a:FinancialResult)-[:REPORTS]->(f:Figure {metric: 'FREE_CASH_FLOW'}) WHERE f.value < 0
								MATCH (a)-[:CONCERNS]->(o:Organization)
								WITH o, a ORDER BY a.sortKey
								WITH o, collect(a)[0] AS a
								MATCH (o)<-[:CONCERNS]-(e:LayoffWave)
								WHERE e.dateLatest > a.dateLatest
								WITH e, a ORDER BY e.sortKey LIMIT 20
								RETURN e.id, e.title, e.dateText, a.id, e.dateEarliest > a.dateLatest AS certain
								""",
						(random) -> Map.of()),
				new Request("100 orgs -> 10 events -> citations", """
						{ organizations(first: 100) { edges { node { name timeline(first: 10) { edges { node {
						  title citations { excerpt source { title } } } } } } } } }""", (random) -> Map.of(),
						"""
								MATCH (o:Organization)
								WITH o ORDER BY toLower(o.name) + '|' + o.id LIMIT 100
								CALL (o) {
								  MATCH (o)<-[:CONCERNS|MADE_BY]-(e:Event)
								  WITH DISTINCT e ORDER BY e.sortKey LIMIT 10
								  RETURN collect({title: e.title, citations: COLLECT {
								    MATCH (e)-[r:REPORTED_IN]->(s:Source) RETURN {excerpt: r.excerpt, title: s.title} }}) AS events
								}
								RETURN o.name, events
								""",
						(random) -> Map.of()),
				new Request("full-text search (20 hits)", """
						query($text: String!) { search(text: $text, first: 20) { edges { node {
						  event { id title } score matchedIn highlighted citation { excerpt } } } } }""",
						(random) -> Map.of("text", word(random) + " " + word(random)), """
								CALL db.index.fulltext.queryNodes('event_text', $text) YIELD node, score
								RETURN node.id, node.title, score ORDER BY score DESC LIMIT 20
								""", (random) -> Map.of("text", word(random) + " " + word(random))),
				new Request("a person's statements (20, citations)",
						"""
								query($id: ID) { person(id: $id) { statements(first: 20) { edges { node {
								  id title date { text } ... on Statement { quote } citations { excerpt source { title } } } } } } }""",
						anyChiefExecutive,
						"""
								MATCH (:Person {id: $id})<-[:SAID_BY]-(e:Statement)
								WITH e ORDER BY e.sortKey LIMIT 20
								RETURN e.id, e.title, e.dateText, e.quote,
								       COLLECT { MATCH (e)-[r:REPORTED_IN]->(s:Source) RETURN {excerpt: r.excerpt, title: s.title} }
								""",
						anyChiefExecutive),
				new Request("disputes over the whole graph (20)", """
						{ disputes(first: 20) { edges { node { event { id title } about
						  claims { headcount date { text } citation { excerpt source { title } } } } } } }""",
						(random) -> Map.of(),
						"""
								MATCH (e:Event)
								WHERE e.sortKey > ''
								  AND COUNT { (e)-[:REPORTED_IN]->() } > 1
								  AND EXISTS {
								    MATCH (e)-[a:REPORTED_IN]->(), (e)-[b:REPORTED_IN]->()
								    WHERE elementId(a) < elementId(b)
								      AND (coalesce(a.claimedHeadcount, e.headcount) <> coalesce(b.claimedHeadcount, e.headcount)
								        OR coalesce(a.claimedDateEarliest, e.dateEarliest) > coalesce(b.claimedDateLatest, e.dateLatest)
								        OR coalesce(b.claimedDateEarliest, e.dateEarliest) > coalesce(a.claimedDateLatest, e.dateLatest))
								  }
								WITH e ORDER BY e.sortKey LIMIT 20
								RETURN e.id, e.title, COLLECT { MATCH (e)-[r:REPORTED_IN]->(s:Source)
								  RETURN {excerpt: r.excerpt, headcount: r.claimedHeadcount, title: s.title} }
								""",
						(random) -> Map.of()));
	}

	private static String word(Random random) {
		String[] words = { "restructuring", "automation", "datacenter", "margins", "layoffs", "cloud", "capital",
				"workforce", "chips", "guidance" };
		return words[random.nextInt(words.length)];
	}

	/**
	 * Sends the requests, each thread picking one at random each time, for
	 * {@code seconds}: on two cores the JIT compiles the requests' paths (Casefile's, the
	 * driver's, Neo4j's runtime) for minutes. A standalone server on the benchmark graph
	 * served 153 timeline requests/s over its first minute of load, 311 over the next ten
	 * seconds and 493 two minutes in; a row measured cold is measured against a warm
	 * floor.
	 */
	private static void warmUp(List<Request> requests, Endpoint endpoint, int concurrency, int seconds)
			throws Exception {
		if (requests.isEmpty() || seconds <= 0) {
			return;
		}
		System.out.printf("Warming up for %d s...%n", seconds);
		run(concurrency, seconds, (r) -> endpoint.send(requests.get(r.nextInt(requests.size())), r));
	}

	/**
	 * Measures one request over HTTP, then as raw Cypher, each after {@code settle}
	 * seconds of the same load.
	 */
	private static Row measure(Request request, Endpoint endpoint, Driver driver, int concurrency, int seconds,
			int settle) throws Exception {
		Random random = new Random(SEED);
		// Plan the statements and count one request's statements alone.
		for (int i = 0; i < 5; i++) {
			endpoint.send(request, random);
		}
		long before = CypherStatements.sent();
		endpoint.send(request, random);
		long roundTrips = CypherStatements.sent() - before;
		Call api = (r) -> endpoint.send(request, r);
		run(concurrency, settle, api);
		Result measured = run(concurrency, seconds, api);
		Call raw = (r) -> {
			driver.executableQuery(request.cypher()).withParameters(request.cypherParameters().apply(r)).execute();
			return true;
		};
		run(concurrency, settle, raw);
		Result floor = run(concurrency, seconds, raw);
		return new Row(request.name(), roundTrips, measured, floor);
	}

	/** Casefile's GraphQL endpoint over HTTP/1.1: one client for the whole run. */
	private record Endpoint(HttpClient http, JsonMapper json, URI uri) {

		static Endpoint at(int port) {
			return new Endpoint(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(),
					JsonMapper.builder().build(), URI.create("http://localhost:" + port + "/graphql"));
		}

		HttpRequest post(Map<String, ?> body) {
			return HttpRequest.newBuilder(this.uri)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(body)))
				.build();
		}

		/** Sends one of the requests; whether it was answered without errors. */
		boolean send(Request request, Random random) throws Exception {
			HttpResponse<String> response = this.http.send(
					post(Map.of("query", request.document(), "variables", request.variables().apply(random))),
					HttpResponse.BodyHandlers.ofString());
			boolean ok = response.statusCode() == 200 && !response.body().contains("\"errors\"");
			if (!ok) {
				System.err.println(
						"Request failed: " + response.body().substring(0, Math.min(500, response.body().length())));
			}
			return ok;
		}

	}

	/**
	 * Runs the call from {@code concurrency} threads for {@code seconds}, each thread
	 * with its own random.
	 */
	private static Result run(int concurrency, int seconds, Call call) throws InterruptedException {
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		AtomicInteger failures = new AtomicInteger();
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		long start = System.nanoTime();
		try (ExecutorService threads = Executors.newFixedThreadPool(concurrency)) {
			for (int t = 0; t < concurrency; t++) {
				Random random = new Random(SEED + t);
				threads.submit(() -> {
					while (System.nanoTime() < end) {
						long began = System.nanoTime();
						try {
							if (!call.run(random)) {
								failures.incrementAndGet();
							}
						}
						catch (Exception ex) {
							failures.incrementAndGet();
						}
						latencies.add(System.nanoTime() - began);
					}
					return null;
				});
			}
		}
		double took = (System.nanoTime() - start) / 1e9;
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		return new Result(sorted.size() / took, percentile(sorted, 50), percentile(sorted, 99), failures.get());
	}

	private static double percentile(List<Long> sorted, int p) {
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, index)) / 1e6;
	}

	private static void print(SyntheticGraph graph, int concurrency, int seconds, int warmUp, int settle,
			List<Row> rows) {
		System.out.printf(
				"%nCasefile benchmark: %,d events, concurrency %d, %d s warm-up, then %d s per side after %d s of its load, %d cores, JVM %s%n%n",
				graph.events(), concurrency, warmUp, seconds, settle, Runtime.getRuntime().availableProcessors(),
				Runtime.version());
		System.out.printf("| %-42s | %11s | %9s | %8s | %8s | %9s | %8s | %8s | %8s |%n", "request", "Cypher/req",
				"API req/s", "API p50", "API p99", "raw req/s", "raw p50", "raw p99", "failures");
		System.out.printf("|%s|%s|%s|%s|%s|%s|%s|%s|%s|%n", "-".repeat(44), "-".repeat(13), "-".repeat(11),
				"-".repeat(10), "-".repeat(10), "-".repeat(11), "-".repeat(10), "-".repeat(10), "-".repeat(10));
		for (Row row : rows) {
			System.out.printf("| %-42s | %11d | %9.1f | %5.1f ms | %5.1f ms | %9.1f | %5.1f ms | %5.1f ms | %8d |%n",
					row.name(), row.roundTrips(), row.api().throughput(), row.api().p50(), row.api().p99(),
					row.floor().throughput(), row.floor().p50(), row.floor().p99(),
					row.api().failures() + row.floor().failures());
		}
	}

	/**
	 * The costliest requests the cost guard still admits (just under its 20,000), each
	 * sent alone, twice (the second is timed): how long one request can hold the
	 * database.
	 */
	private static void worst(Endpoint endpoint) throws Exception {
		Map<String, String> requests = new LinkedHashMap<>();
		requests.put("9 path searches, 6 steps, through sources",
				aliases(9,
						(i) -> "connections(from: \"%s\", to: \"%s\", maxLength: 6, throughSources: true) { sentence }"
							.formatted(SyntheticGraph.organizationId(i), SyntheticGraph.organizationId(i + 1000))));
		requests.put("19 full-text searches of 32 words",
				aliases(19, (i) -> "search(text: \"%s\", first: 20) { edges { node { event { id title } } } }"
					.formatted(String.join(" ", java.util.Collections.nCopies(4,
							"restructuring automation datacenter margins " + "layoffs cloud capital workforce")))));
		requests.put("19 dispute lists over the graph",
				aliases(19, (i) -> "disputes(first: 20) { edges { node { event { id } claims { headcount } } } }"));
		requests.put("19 statistics over the graph by organization and year",
				aliases(19, (i) -> "eventStatistics(groupBy: [ORGANIZATION, YEAR]) { count }"));
		requests.put("9 relations: waves after any negative FCF, 100 a page",
				aliases(9,
						(i) -> "eventsRelativeTo(where: {kinds: [LAYOFF_WAVE]}, relation: AFTER, anchor: {kinds: "
								+ "[FINANCIAL_RESULT], metric: {metric: FREE_CASH_FLOW, below: 0}}, first: 100) "
								+ "{ edges { node { id } } }"));
		requests.put("100 organizations x 100 events x citations",
				"{ organizations(first: 100) { edges { node { timeline(first: 99) { edges { node { id "
						+ "citations { excerpt source { title } } } } } } } } }");
		System.out.printf("%nThe costliest requests admitted, each alone:%n%n| %-56s | %9s | %10s | %s |%n", "request",
				"time", "statements", "answer");
		System.out.printf("|%s|%s|%s|%s|%n", "-".repeat(58), "-".repeat(11), "-".repeat(12), "-".repeat(30));
		for (Map.Entry<String, String> request : requests.entrySet()) {
			HttpRequest post = endpoint.post(Map.of("query", request.getValue()));
			endpoint.http().send(post, HttpResponse.BodyHandlers.ofString());
			long statements = CypherStatements.sent();
			long started = System.nanoTime();
			HttpResponse<String> response = endpoint.http().send(post, HttpResponse.BodyHandlers.ofString());
			double millis = (System.nanoTime() - started) / 1e6;
			String code = endpoint.json()
				.readTree(response.body())
				.path("errors")
				.path(0)
				.path("extensions")
				.path("code")
				.asString("");
			System.out.printf("| %-56s | %6.0f ms | %10d | %s |%n", request.getKey(), millis,
					CypherStatements.sent() - statements,
					code.isEmpty() ? "answered, %,d bytes".formatted(response.body().length()) : code);
		}
	}

	private static String aliases(int count, java.util.function.IntFunction<String> field) {
		StringBuilder query = new StringBuilder("{ ");
		for (int i = 0; i < count; i++) {
			query.append("a").append(i).append(": ").append(field.apply(i)).append(' ');
		}
		return query.append('}').toString();
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new LinkedHashMap<>();
		for (String arg : args) {
			if (arg.startsWith("--") && arg.contains("=")) {
				options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
			}
		}
		return options;
	}

	@FunctionalInterface
	private interface Call {

		boolean run(Random random) throws Exception;

	}

	private record Request(String name, String document, Function<Random, Map<String, Object>> variables, String cypher,
			Function<Random, Map<String, Object>> cypherParameters) {
	}

	private record Result(double throughput, double p50, double p99, int failures) {
	}

	private record Row(String name, long roundTrips, Result api, Result floor) {
	}

}
