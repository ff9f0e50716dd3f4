package io.casefile.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs GraphiQL's example once in the background as soon as the application is ready:
 * Neo4j plans a query the first time it sees it, which takes seconds, and a newcomer's
 * first query should not wait for that.
 */
@Component
@ConditionalOnBooleanProperty(name = "casefile.warm-up", matchIfMissing = true)
class PlannerWarmUp {

	static final String EXAMPLE = "static/graphiql-example.graphql";

	private static final Logger log = LoggerFactory.getLogger(PlannerWarmUp.class);

	private final ExecutionGraphQlService graphQl;

	PlannerWarmUp(ExecutionGraphQlService graphQl) {
		this.graphQl = graphQl;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warmUp() {
		Thread.ofVirtual().name("planner-warm-up").start(() -> {
			try {
				String example = new ClassPathResource(EXAMPLE).getContentAsString(StandardCharsets.UTF_8);
				this.graphQl
					.execute(new DefaultExecutionGraphQlRequest(example, null, Map.of(), Map.of(), "warm-up",
							Locale.ROOT))
					.block();
			}
			catch (IOException | RuntimeException ex) {
				// Only a first query's speed is at stake: note it and carry on.
				log.debug("Warming the planner failed", ex);
			}
		});
	}

}
