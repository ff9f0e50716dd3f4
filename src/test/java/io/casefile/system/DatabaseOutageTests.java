package io.casefile.system;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import io.casefile.CasefileApplication;
import io.casefile.WritingTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An external Neo4j that goes away and comes back: while it is gone, health says DOWN at
 * once and requests fail fast with {@code DATABASE_UNAVAILABLE}; when it is back,
 * Casefile answers again without a restart.
 */
class DatabaseOutageTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String QUESTION = "{ organizations(first: 1) { edges { node { id } } } }";

	@Test
	void whileTheDatabaseIsGoneRequestsFailFastAndWhenItIsBackTheyAreAnsweredWithoutARestart(@TempDir Path folder)
			throws Exception {
		int bolt;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			bolt = socket.getLocalPort();
		}
		Neo4j neo4j = neo4j(folder.resolve("first"), bolt);
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CasefileApplication.class).run(
				"--spring.neo4j.uri=bolt://127.0.0.1:" + bolt, "--server.port=0", "--casefile.warm-up=false",
				"--casefile.security.tokens=tester:" + WritingTest.TOKEN)) {
			RestClient http = RestClient
				.create("http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort());
			assertThat(ask(http).path("errors").isMissingNode()).isTrue();

			neo4j.close();

			long started = System.nanoTime();
			assertThat(health(http)).isEqualTo("DOWN");
			JsonNode answer = ask(http);
			Duration took = Duration.ofNanos(System.nanoTime() - started);
			assertThat(answer.path("errors").path(0).path("extensions").path("code").asString())
				.isEqualTo("DATABASE_UNAVAILABLE");
			assertThat(answer.path("errors").path(0).path("message").asString()).contains("try again");
			assertThat(took).as("health and a request while the database is gone").isLessThan(Duration.ofSeconds(8));

			neo4j = neo4j(folder.resolve("second"), bolt);
			long back = System.nanoTime();
			long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			while (!health(http).equals("UP") && System.nanoTime() < until) {
				Thread.sleep(250);
			}
			assertThat(health(http)).isEqualTo("UP");
			assertThat(ask(http).path("errors").isMissingNode()).as("answered again without a restart").isTrue();
			System.out.printf("Neo4j gone: health DOWN and a request refused in %d ms; back: answering after %d ms%n",
					took.toMillis(), Duration.ofNanos(System.nanoTime() - back).toMillis());
		}
		finally {
			neo4j.close();
		}
	}

	private static Neo4j neo4j(Path folder, int bolt) {
		var builder = Neo4jBuilders.newInProcessBuilder(folder)
			.withDisabledServer()
			.withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", bolt));
		EmbeddedNeo4jSettings.lean(32L * 1024 * 1024).forEach((setting, value) -> set(builder, setting, value));
		return builder.build();
	}

	@SuppressWarnings("unchecked")
	private static <T> void set(org.neo4j.harness.Neo4jBuilder builder, org.neo4j.graphdb.config.Setting<T> setting,
			Object value) {
		builder.withConfig(setting, (T) value);
	}

	private static String health(RestClient http) {
		return http.get()
			.uri("/actuator/health")
			.exchange((request, response) -> JSON.readTree(response.getBody()).path("status").asString());
	}

	private static JsonNode ask(RestClient http) {
		return http.post()
			.uri("/graphql")
			.header("Content-Type", "application/json")
			.body(Map.of("query", QUESTION))
			.exchange((request, response) -> {
				assertThat(response.getStatusCode()).isNotEqualTo(HttpStatusCode.valueOf(500));
				return JSON.readTree(response.getBody());
			});
	}

}
