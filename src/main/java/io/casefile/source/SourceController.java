package io.casefile.source;

import io.casefile.system.NotFoundException;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Sources by id.
 */
@Controller
class SourceController {

	private final SourceQueries sources;

	SourceController(SourceQueries sources) {
		this.sources = sources;
	}

	@QueryMapping
	Source source(@Argument String id) {
		return this.sources.byId(id).orElseThrow(() -> new NotFoundException("source with id", id));
	}

}
