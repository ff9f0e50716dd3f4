package io.casefile.dataset;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The transactions imports run in: a large file takes longer than a request's transaction
 * may ({@code spring.transaction.default-timeout}), so they have a timeout of their own,
 * {@code casefile.import.timeout}. Inside a transaction already begun (a mutation's), the
 * work joins it.
 */
@Component
class ImportTransactions {

	private final TransactionTemplate template;

	ImportTransactions(PlatformTransactionManager transactions,
			@Value("${casefile.import.timeout:1h}") Duration timeout) {
		this.template = new TransactionTemplate(transactions);
		this.template.setTimeout((int) timeout.toSeconds());
	}

	/** Runs the work in one transaction and returns what it returns. */
	<T> T run(Supplier<T> work) {
		return Objects.requireNonNull(this.template.execute((status) -> work.get()));
	}

}
