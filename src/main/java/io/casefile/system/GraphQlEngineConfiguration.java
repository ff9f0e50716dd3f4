package io.casefile.system;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How graphql-java runs each request: documents parsed and validated once
 * ({@link ParsedDocuments}).
 */
@Configuration(proxyBeanMethods = false)
class GraphQlEngineConfiguration {

	@Bean
	GraphQlSourceBuilderCustomizer parsedDocuments() {
		ParsedDocuments documents = new ParsedDocuments();
		return (builder) -> builder.configureGraphQl((graphQl) -> graphQl.preparsedDocumentProvider(documents));
	}

}
