package io.casefile.system;

import java.lang.management.ManagementFactory;
import java.util.List;

import com.sun.management.HotSpotDiagnosticMXBean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Logs the one line a newcomer looks for once the application can answer: where GraphiQL
 * and Bolt are, and how much heap it may use; and a hint when that heap was sized by the
 * machine rather than by {@code jvm.options}.
 */
@Component
class ReadyMessage {

	private static final Logger log = LoggerFactory.getLogger(ReadyMessage.class);

	private final ObjectProvider<Neo4jConnectionDetails> connectionDetails;

	private final Environment environment;

	ReadyMessage(ObjectProvider<Neo4jConnectionDetails> connectionDetails, Environment environment) {
		this.connectionDetails = connectionDetails;
		this.environment = environment;
	}

	@EventListener
	void onReady(ApplicationReadyEvent event) {
		if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
			return;
		}
		int port = web.getWebServer().getPort();
		String graphiql = this.environment.getProperty("spring.graphql.graphiql.path", "/graphiql");
		Neo4jConnectionDetails details = this.connectionDetails.getIfAvailable();
		String bolt = (details != null) ? details.getUri().toString()
				: this.environment.getProperty("spring.neo4j.uri", "?");
		log.info("Casefile is ready: GraphiQL at http://localhost:{}{}, Neo4j Bolt at {}, heap up to {} MB", port,
				graphiql, bolt, String.format("%,d", maxHeap() / (1024 * 1024)));
		if (heapSizedByTheMachine(ManagementFactory.getRuntimeMXBean().getInputArguments())) {
			log.info("The JVM sized the heap by this machine; `java @jvm.options -jar casefile.jar` starts Casefile "
					+ "with its own memory settings (README, Memory)");
		}
	}

	/**
	 * The heap's limit as it was set ({@code -Xmx}); {@code Runtime.maxMemory()} leaves
	 * out a survivor space with the serial collector.
	 */
	private static long maxHeap() {
		HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
		return (hotSpot != null) ? Long.parseLong(hotSpot.getVMOption("MaxHeapSize").getValue())
				: Runtime.getRuntime().maxMemory();
	}

	/** Whether none of these JVM flags sets the heap's size, so that the JVM chose it. */
	static boolean heapSizedByTheMachine(List<String> jvmArguments) {
		return jvmArguments.stream()
			.noneMatch((flag) -> flag.startsWith("-Xmx") || flag.startsWith("-XX:MaxHeapSize=")
					|| flag.startsWith("-XX:MaxRAMPercentage=") || flag.startsWith("-XX:MaxRAM="));
	}

}
