package io.casefile.system;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.casefile.CasefileApplication;
import io.casefile.SharedNeo4j;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * How the application starts: its own embedded Neo4j by default, an external server when
 * {@code spring.neo4j.uri} is set, and one clear message when it cannot.
 */
class StartupTests {

	private static final String AMAZON_WAVES = """
			{ eventsAfterFinancialThreshold(organization: "Amazon", kind: LAYOFF_WAVE, metric: FREE_CASH_FLOW, below: 0) {
			    totalHeadcount } }""";

	@Test
	void byDefaultItStartsAnEmbeddedNeo4jThatNeo4jsOwnToolsCanReachOverBolt() throws IOException {
		Path home = Files.createTempDirectory("casefile-embedded");
		try (ConfigurableApplicationContext app = start("--casefile.neo4j.embedded.home=" + home,
				"--casefile.neo4j.embedded.bolt-port=0")) {
			EmbeddedNeo4j neo4j = app.getBean(EmbeddedNeo4j.class);
			assertThat(neo4j.home()).isEqualTo(home.toAbsolutePath().normalize());
			assertThat(neo4j.boltUri().getHost()).isEqualTo("127.0.0.1");
			try (var driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
				long events = driver.executableQuery("MATCH (e:Event) RETURN count(e) AS n")
					.execute()
					.records()
					.getFirst()
					.get("n")
					.asLong();
				assertThat(events).isGreaterThan(20);
			}
			assertThat(totalHeadcount(app)).isEqualTo(30000);
		}
		// A second start on the same folder finds the data, and the seed recorded as
		// already loaded.
		try (ConfigurableApplicationContext app = start("--casefile.neo4j.embedded.home=" + home,
				"--casefile.neo4j.embedded.bolt-port=0")) {
			assertThat(totalHeadcount(app)).isEqualTo(30000);
		}
	}

	@Test
	void withSpringNeo4jUriSetItStartsNoEmbeddedDatabaseAndUsesThatServer() {
		try (ConfigurableApplicationContext app = start("--spring.neo4j.uri=" + SharedNeo4j.boltUri())) {
			assertThat(app.getBeansOfType(EmbeddedNeo4j.class)).isEmpty();
			assertThat(totalHeadcount(app)).isEqualTo(30000);
		}
	}

	@Test
	void aTakenBoltPortFailsWithOneMessageThatSaysWhatToDo() throws IOException {
		Path home = Files.createTempDirectory("casefile-taken");
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			Throwable failure = catchThrowable(() -> start("--casefile.neo4j.embedded.home=" + home,
					"--casefile.neo4j.embedded.bolt-port=" + taken.getLocalPort())
				.close());
			FailureAnalysis analysis = new StartupFailureAnalyzer().analyze(failure);
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).contains("127.0.0.1:" + taken.getLocalPort());
			assertThat(analysis.getAction()).contains("CASEFILE_BOLT_PORT").contains("NEO4J_URI");
		}
	}

	@Test
	void anUnreachableServerFailsWithOneMessageThatSaysWhatToDo() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closedPort = socket.getLocalPort();
		}
		Throwable failure = catchThrowable(() -> start("--spring.neo4j.uri=bolt://127.0.0.1:" + closedPort).close());
		FailureAnalysis analysis = new StartupFailureAnalyzer().analyze(failure);
		assertThat(analysis).isNotNull();
		assertThat(analysis.getDescription()).startsWith("Neo4j could not be reached");
		assertThat(analysis.getAction()).contains("NEO4J_URI");
	}

	private static ConfigurableApplicationContext start(String... args) {
		String[] all = new String[args.length + 2];
		System.arraycopy(args, 0, all, 0, args.length);
		all[args.length] = "--server.port=0";
		all[args.length + 1] = "--casefile.neo4j.embedded.page-cache=32MB";
		return new SpringApplicationBuilder(CasefileApplication.class).run(all);
	}

	private static int totalHeadcount(ConfigurableApplicationContext app) {
		int port = ((WebServerApplicationContext) app).getWebServer().getPort();
		Map<String, Object> response = RestClient.create("http://localhost:" + port)
			.post()
			.uri("/graphql")
			.body(Map.of("query", AMAZON_WAVES))
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		assertThat(response).doesNotContainKey("errors");
		@SuppressWarnings("unchecked")
		Map<String, Map<String, Object>> data = (Map<String, Map<String, Object>>) response.get("data");
		return (Integer) data.get("eventsAfterFinancialThreshold").get("totalHeadcount");
	}

}
