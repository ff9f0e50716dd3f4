package io.casefile.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.casefile.CasefileProcess;
import io.casefile.ReadmeExamplesTests;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a start costs, as a newcomer starts Casefile: a server of its own (a separate
 * process), first on an empty data folder, then again on the folder it left. For each
 * start it prints the time from launch to the first answer (the README's first example),
 * the resident memory then, and the resident memory ten seconds after the README's
 * examples have been asked three times, with the most it reached.
 * <p>
 * Each start is made with Casefile's own JVM flags ({@code jvm.options}), and with none,
 * as the JVM sizes itself by the machine. {@code --also="-Xmx1g -XX:+UseG1GC"} adds a row
 * with these flags instead.
 * <p>
 * {@code ./mvnw -Pbenchmark test-compile exec:exec -Dbenchmark.main=io.casefile.benchmark.FootprintBenchmark}
 * <p>
 * The server runs from the build's classes, not the packaged jar: the same classes and
 * libraries, loaded from folders and jars rather than from one jar.
 */
public final class FootprintBenchmark {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** How long after the examples the resident memory is read: the JVM gives back. */
	private static final Duration SETTLE = Duration.ofSeconds(10);

	private FootprintBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		List<String> examples = ReadmeExamplesTests.examples();
		Map<String, List<String>> configurations = new LinkedHashMap<>();
		configurations.put("jvm.options", CasefileProcess.casefilesJvmOptions());
		configurations.put("the machine's", List.of());
		for (String arg : args) {
			if (arg.startsWith("--also=")) {
				String flags = arg.substring("--also=".length());
				configurations.put(flags, Arrays.asList(flags.split(",")));
			}
		}
		System.out.printf("Footprint: %d README examples, asked 3 times; %d processors, %,d MB of memory%n",
				examples.size(), Runtime.getRuntime().availableProcessors(), machineMemory());
		System.out.printf("%-24s %-9s %12s %11s %15s %10s%n", "JVM flags", "data", "first answer", "RSS then",
				"RSS after + 10s", "RSS peak");
		for (Map.Entry<String, List<String>> configuration : configurations.entrySet()) {
			Path data = Path.of("target/benchmark/footprint-neo4j");
			ImportBenchmark.delete(data);
			for (String state : List.of("empty", "existing")) {
				Start start = start(configuration.getValue(), data, examples);
				System.out.printf("%-24s %-9s %10.1f s %8s MB %12s MB %7s MB%n", configuration.getKey(), state,
						start.firstAnswerSeconds(), start.rssAtFirstAnswer(), start.rssAfter(), start.rssPeak());
			}
		}
	}

	private static Start start(List<String> flags, Path data, List<String> examples) throws Exception {
		int port = CasefileProcess.freePort();
		long launched = System.nanoTime();
		try (CasefileProcess server = CasefileProcess.start(flags, "--server.port=" + port,
				"--server.address=127.0.0.1", "--casefile.neo4j.embedded.home=" + data.toAbsolutePath(),
				"--casefile.neo4j.embedded.bolt-port=0")) {
			HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
			URI uri = URI.create("http://127.0.0.1:" + port + "/graphql");
			while (!answers(http, uri, examples.getFirst())) {
				if (System.nanoTime() - launched > Duration.ofMinutes(3).toNanos()) {
					throw new IllegalStateException("No answer in 3 minutes:\n" + server.output());
				}
				Thread.sleep(50);
			}
			double firstAnswer = (System.nanoTime() - launched) / 1e9;
			long rssThen = status(server.pid(), "VmRSS");
			for (int round = 0; round < 3; round++) {
				for (String example : examples) {
					if (!answers(http, uri, example)) {
						throw new IllegalStateException("A README example failed:\n" + example);
					}
				}
			}
			Thread.sleep(SETTLE.toMillis());
			Start start = new Start(firstAnswer, rssThen, status(server.pid(), "VmRSS"), status(server.pid(), "VmHWM"));
			server.stop(Duration.ofMinutes(1));
			return start;
		}
	}

	/** Whether the server answers this request without errors (false while it starts). */
	private static boolean answers(HttpClient http, URI uri, String query) throws InterruptedException {
		try {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query))))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				return false;
			}
			JsonNode body = JSON.readTree(response.body());
			return !body.has("errors") && body.has("data");
		}
		catch (IOException notYet) {
			return false;
		}
	}

	/** A line of {@code /proc/PID/status}, in megabytes. */
	private static long status(long pid, String field) throws IOException {
		return Files.readAllLines(Path.of("/proc/" + pid + "/status"))
			.stream()
			.filter((line) -> line.startsWith(field + ":"))
			.map((line) -> Long.parseLong(line.replaceAll("\\D", "")) / 1024)
			.findFirst()
			.orElseThrow();
	}

	private static long machineMemory() throws IOException {
		return Files.readAllLines(Path.of("/proc/meminfo"))
			.stream()
			.filter((line) -> line.startsWith("MemTotal:"))
			.map((line) -> Long.parseLong(line.replaceAll("\\D", "")) / 1024)
			.findFirst()
			.orElse(0L);
	}

	private record Start(double firstAnswerSeconds, long rssAtFirstAnswer, long rssAfter, long rssPeak) {
	}

}
