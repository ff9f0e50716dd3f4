package io.casefile.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.casefile.CasefileApplication;
import io.casefile.CypherStatements;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Holds Casefile under load for a while: 16 clients on loopback send a mix of reads (a
 * timeline, the FCF question, a search, a page of organizations, the disputes) and writes
 * (a new statement, a wave of one of 50 companies, each cited) for {@code --minutes}
 * (default 10), and it prints, each minute and at the end, the throughput, p50 and p99,
 * the errors, and the heap in use after a collection and the process's resident memory.
 * At the end every write the server acknowledged is looked for in the graph: nothing may
 * be lost.
 * <p>
 * {@code ./mvnw -Pbenchmark test-compile exec:exec -Dbenchmark.main=io.casefile.benchmark.SoakBenchmark -Dbenchmark.heap=512m}
 * ({@code -Dbenchmark.args="--minutes=2 --clients=16"}).
 */
public final class SoakBenchmark {

	private static final String TOKEN = "soak-token-1234567890";

	/** The companies whose waves the soak records. */
	private static final int ORGANIZATIONS = 50;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<String> READS = List.of(
			"{ organization(id: \"amazon\") { timeline(first: 20) { edges { node { id title date { text } "
					+ "citations { excerpt source { title url } } } } } } }",
			"{ eventsAfterFinancialThreshold(organization: \"amazon\", kind: LAYOFF_WAVE, metric: FREE_CASH_FLOW, "
					+ "below: 0) { totalHeadcount events { edges { node { id title } } } } }",
			"{ search(text: \"layoffs\", first: 20) { edges { node { event { id title } score } } } }",
			"{ organizations(first: 20) { edges { node { id name } } } }",
			"{ disputes(first: 20) { edges { node { about event { id } } } } }");

	private SoakBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int minutes = 10;
		int clients = 16;
		for (String arg : args) {
			if (arg.startsWith("--minutes=")) {
				minutes = Integer.parseInt(arg.substring("--minutes=".length()));
			}
			if (arg.startsWith("--clients=")) {
				clients = Integer.parseInt(arg.substring("--clients=".length()));
			}
		}
		double seconds = minutes * 60.0;
		Path data = Path.of("target/benchmark/soak-neo4j");
		ImportBenchmark.delete(data);
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CasefileApplication.class)
			.initializers((context) -> context.getBeanFactory().addBeanPostProcessor(new CypherStatements()))
			.run("--server.port=0", "--server.address=127.0.0.1", "--casefile.neo4j.embedded.home=" + data,
					"--casefile.neo4j.embedded.bolt-port=0", "--casefile.security.tokens=soak:" + TOKEN,
					"--logging.level.root=WARN", "--logging.level.io.casefile=WARN")) {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			URI uri = URI.create("http://127.0.0.1:" + port + "/graphql");
			HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
			Set<String> acknowledged = ConcurrentHashMap.newKeySet();
			Stats total = new Stats();
			System.out.printf("Soak: %d clients, %d minutes, 1 write in 4 requests; at start: %s%n", clients, minutes,
					memory());
			for (int i = 0; i < ORGANIZATIONS; i++) {
				JsonNode created = send(http, uri,
						Map.of("query",
								"mutation ($name: String!) { recordOrganization(organization: {name: $name}) { id } }",
								"variables", Map.of("name", "Soak Company " + i)),
						true);
				if (!ok(created)) {
					throw new IllegalStateException("Could not record the soak's companies: " + created);
				}
			}
			ExecutorService pool = Executors.newFixedThreadPool(clients);
			long end = System.nanoTime() + Duration.ofMinutes(minutes).toNanos();
			AtomicLong sequence = new AtomicLong();
			for (int c = 0; c < clients; c++) {
				long seed = c;
				pool.submit(() -> {
					Random random = new Random(seed);
					while (System.nanoTime() < end) {
						boolean write = random.nextInt(4) == 0;
						int which = random.nextInt(READS.size());
						long started = System.nanoTime();
						boolean ok;
						try {
							ok = write ? write(http, uri, sequence.incrementAndGet(), random, acknowledged)
									: read(http, uri, READS.get(which));
						}
						catch (IOException | RuntimeException ex) {
							ok = false;
						}
						catch (InterruptedException ex) {
							return;
						}
						total.add(System.nanoTime() - started, ok, write);
						KINDS.computeIfAbsent(write ? "write" : "read " + which, (k) -> new Stats())
							.add(System.nanoTime() - started, ok, write);
					}
				});
			}
			pool.shutdown();
			Stats lastMinute = total.copy();
			for (int minute = 1; !pool.awaitTermination(60, TimeUnit.SECONDS); minute++) {
				Stats now = total.copy();
				System.out.printf("minute %2d: %s; %s%n", minute, now.since(lastMinute, 60), memory());
				lastMinute = now;
			}
			System.out.printf("Soak done: %s; at end: %s%n", total.copy().since(new Stats(), seconds), memory());
			KINDS.forEach(
					(kind, stats) -> System.out.printf("  %s: %s%n", kind, stats.copy().since(new Stats(), seconds)));
			ERROR_COUNTS
				.forEach((code, count) -> System.out.printf("  %,d x %s: %s%n", count.get(), code, ERRORS.get(code)));
			long found = app.getBean(Neo4jClient.class)
				.query("MATCH (e:Event) WHERE e.id IN $ids RETURN count(e)")
				.bind(List.copyOf(acknowledged))
				.to("ids")
				.fetchAs(Long.class)
				.one()
				.orElse(0L);
			if (Boolean.getBoolean("soak.statements")) {
				CypherStatements.texts()
					.forEach((text, count) -> System.out.printf("%,8d x %s%n", count, text.replaceAll("\\s+", " ")
						.substring(0, Math.min(150, text.replaceAll("\\s+", " ").length()))));
			}
			System.out.printf("Acknowledged writes: %,d; found in the graph afterwards: %,d; lost: %,d%n",
					acknowledged.size(), found, acknowledged.size() - found);
		}
	}

	/** Error codes and how often each came, with a message of each. */
	private static final Map<String, String> ERRORS = new ConcurrentHashMap<>();

	private static final Map<String, AtomicLong> ERROR_COUNTS = new ConcurrentHashMap<>();

	private static final Map<String, Stats> KINDS = new java.util.concurrent.ConcurrentSkipListMap<>();

	private static boolean read(HttpClient http, URI uri, String query) throws IOException, InterruptedException {
		return ok(send(http, uri, Map.of("query", query), false));
	}

	private static boolean ok(JsonNode answer) {
		JsonNode error = answer.path("errors").path(0);
		if (error.isMissingNode()) {
			return true;
		}
		String code = error.path("extensions").path("code").asString("(none)");
		ERRORS.putIfAbsent(code, error.path("message").asString(""));
		ERROR_COUNTS.computeIfAbsent(code, (c) -> new AtomicLong()).incrementAndGet();
		return false;
	}

	/**
	 * A new statement of Amazon's, or a wave of one of the soak's companies; each cited.
	 */
	private static boolean write(HttpClient http, URI uri, long n, Random random, Set<String> acknowledged)
			throws IOException, InterruptedException {
		String url = "https://example.org/soak/" + n;
		Map<String, Object> event = random.nextBoolean()
				? Map.of("kind", "STATEMENT", "organizations", List.of("amazon"), "speaker", "amazon", "title",
						"Soak statement " + n, "date", "2026-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10),
						"quote", "We said thing number " + n + ".", "citations",
						List.of(Map.of("source", url, "excerpt", "We said thing number " + n + ".")))
				: Map.of("kind", "LAYOFF_WAVE", "organizations", List.of("Soak Company " + (n % ORGANIZATIONS)),
						"title", "Soak Company " + (n % ORGANIZATIONS) + " cuts jobs", "date",
						"2026-0" + (1 + random.nextInt(9)) + "-0" + (1 + random.nextInt(9)), "headcount",
						1 + random.nextInt(5_000), "citations",
						List.of(Map.of("source", url, "excerpt", "Soak Company " + n + " cuts jobs.")));
		JsonNode answer = send(http, uri,
				Map.of("query", """
						mutation ($event: EventInput!, $sources: [SourceInput!]) {
						  recordEvent(event: $event, sources: $sources) { outcome event { id } } }""", "variables",
						Map.of("event", event, "sources", List.of(Map.of("url", url, "title", "Soak source " + n)))),
				true);
		String id = answer.path("data").path("recordEvent").path("event").path("id").asString("");
		if (!ok(answer) || id.isEmpty()) {
			return false;
		}
		acknowledged.add(id);
		return true;
	}

	private static JsonNode send(HttpClient http, URI uri, Map<String, Object> body, boolean withToken)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
		if (withToken) {
			request.header("Authorization", "Bearer " + TOKEN);
		}
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			return JSON.readTree("{\"errors\": [{\"message\": \"HTTP " + response.statusCode() + "\"}]}");
		}
		return JSON.readTree(response.body());
	}

	/** Heap in use after a collection, and the process's resident memory. */
	private static String memory() throws IOException {
		System.gc();
		long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		String rss = Files.readAllLines(Path.of("/proc/self/status"))
			.stream()
			.filter((line) -> line.startsWith("VmRSS:"))
			.map((line) -> line.replaceAll("\\D", ""))
			.findFirst()
			.map((kb) -> Long.parseLong(kb) / 1024 + " MB")
			.orElse("?");
		return "heap %,d MB, RSS %s".formatted(heap / (1024 * 1024), rss);
	}

	/** Latencies and counts, read and write. */
	private static final class Stats {

		private final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());

		private final AtomicLong errors = new AtomicLong();

		private final AtomicLong writes = new AtomicLong();

		void add(long nanos, boolean ok, boolean write) {
			this.latencies.add(nanos);
			if (!ok) {
				this.errors.incrementAndGet();
			}
			if (write) {
				this.writes.incrementAndGet();
			}
		}

		Stats copy() {
			Stats copy = new Stats();
			synchronized (this.latencies) {
				copy.latencies.addAll(this.latencies);
			}
			copy.errors.set(this.errors.get());
			copy.writes.set(this.writes.get());
			return copy;
		}

		/** What happened since an earlier copy, over so many seconds. */
		String since(Stats before, double seconds) {
			List<Long> window = new ArrayList<>(this.latencies.subList(before.latencies.size(), this.latencies.size()));
			Collections.sort(window);
			long requests = window.size();
			return "%,d requests (%,.0f/s, %,d writes), p50 %.1f ms, p99 %.1f ms, %,d errors".formatted(requests,
					requests / seconds, this.writes.get() - before.writes.get(), percentile(window, 0.50),
					percentile(window, 0.99), this.errors.get() - before.errors.get());
		}

		private static double percentile(List<Long> sorted, double p) {
			return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, sorted.size() * p)) / 1e6;
		}

	}

}
