package io.casefile.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Applies the versioned Cypher files in {@code neo4j/migrations} (constraints and
 * indexes) at start, each once, in version order; every applied version is recorded as a
 * {@code Migration} node.
 * <p>
 * It runs while the application context starts, before the web server accepts requests.
 */
@Component
public class SchemaMigrations implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

	private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__(.+)\\.cypher");

	private final Neo4jClient neo4j;

	SchemaMigrations(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	@Override
	public void afterPropertiesSet() {
		for (Migration migration : migrations()) {
			boolean applied = this.neo4j.query("RETURN EXISTS { MATCH (:Migration {version: $version}) }")
				.bind(migration.version())
				.to("version")
				.fetchAs(Boolean.class)
				.one()
				.orElse(false);
			if (applied) {
				continue;
			}
			log.info("Applying schema migration V{} {}", migration.version(), migration.description());
			// Schema commands cannot share a transaction with writes: each statement
			// commits on its own.
			migration.statements().forEach((statement) -> this.neo4j.query(statement).run());
			this.neo4j
				.query("MERGE (m:Migration {version: $version}) SET m.description = $description, "
						+ "m.appliedAt = datetime()")
				.bindAll(Map.of("version", migration.version(), "description", migration.description()))
				.run();
		}
	}

	/** The migrations on the class path, in version order. */
	static List<Migration> migrations() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:neo4j/migrations/V*.cypher");
			return Arrays.stream(resources)
				.map(SchemaMigrations::read)
				.sorted(Comparator.comparingInt(Migration::version))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Migration read(Resource resource) {
		Matcher name = FILE_NAME.matcher(String.valueOf(resource.getFilename()));
		if (!name.matches()) {
			throw new IllegalStateException(
					"A migration file must be named V<version>__<description>.cypher: " + resource.getFilename());
		}
		try {
			String text = resource.getContentAsString(StandardCharsets.UTF_8);
			List<String> statements = Arrays.stream(text.replaceAll("(?m)^\\s*//.*$", "").split(";"))
				.map(String::strip)
				.filter((s) -> !s.isEmpty())
				.toList();
			return new Migration(Integer.parseInt(name.group(1)), name.group(2).replace('_', ' '), statements);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	record Migration(int version, String description, List<String> statements) {
	}

}
