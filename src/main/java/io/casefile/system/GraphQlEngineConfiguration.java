package io.casefile.system;

import java.util.List;

import graphql.execution.instrumentation.Instrumentation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How graphql-java runs each request: documents parsed and validated once
 * ({@link ParsedDocuments}), and the {@link OperationCheck}s run before any field.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlEngineConfiguration {

	@Bean
	GraphQlSourceBuilderCustomizer parsedDocuments() {
		ParsedDocuments documents = new ParsedDocuments();
		return (builder) -> builder.configureGraphQl((graphQl) -> graphQl.preparsedDocumentProvider(documents));
	}

	@Bean
	OperationChecks operationChecks(ObjectProvider<OperationCheck> checks) {
		return new OperationChecks(checks.orderedStream().toList());
	}

	/**
	 * graphql-java's instrumentation is {@link OperationChecks} itself, not Spring's
	 * chain of one (which costs work on every field). Should another instrumentation be
	 * declared, Spring's chain of them all stays.
	 */
	@Bean
	GraphQlSourceBuilderCustomizer oneInstrumentation(ObjectProvider<Instrumentation> instrumentations) {
		return (builder) -> builder.configureGraphQl((graphQl) -> {
			List<Instrumentation> all = instrumentations.orderedStream().toList();
			if (all.size() == 1) {
				graphQl.instrumentation(all.getFirst());
			}
		});
	}

}
