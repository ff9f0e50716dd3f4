package io.casefile.importing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.casefile.CasefileApplication;
import io.casefile.CasefileProcess;
import io.casefile.WritingTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import killed with {@code kill -9} (a crash, a power cut, an impatient person), the
 * command line's and the server's: after a restart the database holds whole transactions
 * only, and running the import again completes it. Casefile runs here as a process of its
 * own, killed for real.
 */
class KilledImportsTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String TOKEN = WritingTest.TOKEN;

	@Test
	void killingTheCommandLineImportLeavesWholeTransactionsAndRunningItAgainCompletesIt(@TempDir Path folder)
			throws Exception {
		Path home = folder.resolve("neo4j");
		Path file = folder.resolve("killed.csv");
		Files.writeString(file, tracker(6_000));
		String[] command = { "import", file.toString(), "--casefile.neo4j.embedded.home=" + home,
				"--casefile.neo4j.embedded.bolt-port=0", "--casefile.import.transaction-rows=1000" };

		try (CasefileProcess cli = CasefileProcess.start(command)) {
			cli.awaitOutput("2,000/6,000 rows written", Duration.ofMinutes(3));
			cli.kill();
		}

		long kept;
		try (ConfigurableApplicationContext app = open(home)) {
			kept = sources(app);
			assertThat(kept).as("rows whose source the database kept").isBetween(2_000L, 5_000L);
			assertThat(kept % 1_000).as("rows of a transaction cut short").isZero();
			assertThat(audited(app)).as("imports in the audit log, one a transaction").isEqualTo(kept / 1_000);
		}

		try (CasefileProcess again = CasefileProcess.start(command)) {
			assertThat(again.waitFor(Duration.ofMinutes(5))).as("exit code; it printed:%n%s", again.output()).isZero();
			assertThat(again.output()).contains("Imported killed.csv");
		}
		try (ConfigurableApplicationContext app = open(home)) {
			assertThat(sources(app)).isEqualTo(6_000);
			assertThat(count(app, "MATCH (e:LayoffWave)-[:CONCERNS]->(o:Organization) WHERE o.name STARTS WITH "
					+ "'Killed Co ' RETURN count(DISTINCT e)"))
				.isEqualTo(6_000);
		}
	}

	@Test
	void killingTheServerDuringAGraphQlImportLeavesNothingOfItAndTheImportRunsAgain(@TempDir Path folder)
			throws Exception {
		Path home = folder.resolve("neo4j");
		int port = CasefileProcess.freePort();
		String mutation = JSON.writeValueAsString(Map.of("query",
				"mutation ($csv: String!) { importLayoffTracker(name: \"killed.csv\", csv: $csv) { created } }",
				"variables", Map.of("csv", tracker(30_000))));
		HttpClient http = HttpClient.newHttpClient();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + TOKEN)
			.POST(HttpRequest.BodyPublishers.ofString(mutation))
			.build();

		// The server runs as the README starts it, with Casefile's own memory flags.
		try (CasefileProcess server = CasefileProcess.start(CasefileProcess.casefilesJvmOptions(),
				"--server.port=" + port, "--casefile.neo4j.embedded.home=" + home,
				"--casefile.neo4j.embedded.bolt-port=0", "--casefile.warm-up=false",
				"--casefile.security.tokens=tester:" + TOKEN)) {
			server.awaitHealthy(port, Duration.ofMinutes(2));
			server.awaitOutput("heap up to 512 MB", Duration.ofSeconds(30));
			assertThat(server.output()).doesNotContain("sized the heap by this machine");
			CompletableFuture<HttpResponse<String>> answer = http.sendAsync(request,
					HttpResponse.BodyHandlers.ofString());
			server.awaitOutput("Importing the tracker killed.csv", Duration.ofMinutes(1));
			Thread.sleep(300);
			server.kill();
			// The client learns of the closed connection a moment after the kill.
			assertThat(answer).as("the import must still run when the server is killed")
				.failsWithin(Duration.ofSeconds(30));
		}

		try (ConfigurableApplicationContext app = open(home)) {
			assertThat(sources(app)).as("rows of the killed import the database kept").isZero();
			assertThat(audited(app)).isZero();
		}
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CasefileApplication.class).run(
				"--server.port=" + port, "--casefile.neo4j.embedded.home=" + home,
				"--casefile.neo4j.embedded.bolt-port=0", "--casefile.neo4j.embedded.page-cache=32MB",
				"--casefile.warm-up=false", "--casefile.security.tokens=tester:" + TOKEN)) {
			JsonNode again = JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
			assertThat(again.path("errors").isMissingNode()).as("errors: %s", again.path("errors")).isTrue();
			assertThat(again.path("data").path("importLayoffTracker").path("created").asInt()).isEqualTo(30_000);
			assertThat(sources(app)).isEqualTo(30_000);
		}
	}

	/**
	 * A tracker of this many rows, each a wave of a company of its own with a source of
	 * its own: the sources kept count the rows written.
	 */
	static String tracker(int rows) {
		StringBuilder csv = new StringBuilder("company,total_laid_off,date,source\n");
		LocalDate day = LocalDate.of(2024, 1, 1);
		for (int i = 0; i < rows; i++) {
			csv.append("Killed Co ")
				.append(i)
				.append(',')
				.append(10 + i % 90)
				.append(',')
				.append(day.plusDays(i % 700))
				.append(",https://example.org/killed/")
				.append(i)
				.append('\n');
		}
		return csv.toString();
	}

	/** Casefile over the database folder, restarted after the kill, without a server. */
	private static ConfigurableApplicationContext open(Path home) {
		return new SpringApplicationBuilder(CasefileApplication.class).web(WebApplicationType.NONE)
			.run("--casefile.neo4j.embedded.home=" + home, "--casefile.neo4j.embedded.bolt-port=0",
					"--casefile.neo4j.embedded.page-cache=32MB", "--casefile.warm-up=false");
	}

	private static long sources(ConfigurableApplicationContext app) {
		return count(app, "MATCH (s:Source) WHERE s.url STARTS WITH 'https://example.org/killed/' RETURN count(s)");
	}

	private static long audited(ConfigurableApplicationContext app) {
		return count(app, "MATCH (c:Change {action: 'IMPORT'}) WHERE c.target = 'killed.csv' RETURN count(c)");
	}

	private static long count(ConfigurableApplicationContext app, String cypher) {
		return app.getBean(Neo4jClient.class).query(cypher).fetchAs(Long.class).one().orElseThrow();
	}

}
