package dev.rapport.shared.storage;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Healthy only while the database accepts a write: rewrites one row in a transaction
 * (which {@link DurableCommits} forces to the disk). A database that still answers
 * queries on a full disk or a read-only file is not healthy, because every save would
 * fail.
 */
class StorageHealthIndicator extends AbstractHealthIndicator {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	StorageHealthIndicator(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
		super("The database does not accept writes");
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		this.transactions.executeWithoutResult(status -> this.jdbc
			.update("update storage_probe set checked_at = ? where id = 1", Timestamp.from(this.clock.instant())));
		builder.up();
	}

}
