package dev.rapport.shared.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Makes every answered write survive a crash and a power cut on the embedded H2 file
 * database.
 * <p>
 * H2 keeps committed changes in memory for up to {@code WRITE_DELAY} (500 ms by default)
 * and never forces them to the disk on commit: a {@code kill -9} or a power cut loses
 * writes the app has already answered, and the next insert reuses their ids. The database
 * URL sets {@code WRITE_DELAY=0} (each commit is written at once), and this listener runs
 * {@code CHECKPOINT SYNC} (an {@code fsync}) after each read-write transaction commits
 * and before the request is answered. It runs on the transaction's own connection, so it
 * never waits for a second one from the pool.
 * <p>
 * PostgreSQL and in-memory databases need none of this; for them the listener does
 * nothing.
 */
public class DurableCommits implements TransactionExecutionListener {

	private final DataSource dataSource;

	private final boolean enabled;

	public DurableCommits(DataSource dataSource, String databaseUrl) {
		this.dataSource = dataSource;
		this.enabled = isH2FileDatabase(databaseUrl);
	}

	static boolean isH2FileDatabase(String url) {
		if (url == null || !url.startsWith("jdbc:h2:")) {
			return false;
		}
		String location = url.substring("jdbc:h2:".length());
		return !location.startsWith("mem:") && !location.startsWith("tcp:") && !location.startsWith("ssl:");
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void afterCommit(TransactionExecution transaction, Throwable commitFailure) {
		if (!this.enabled || commitFailure != null || transaction.isReadOnly() || !transaction.isNewTransaction()) {
			return;
		}
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try (Statement statement = connection.createStatement()) {
			statement.execute("CHECKPOINT SYNC");
		}
		catch (SQLException ex) {
			// Committed but perhaps not on the disk: the caller must not be told it was
			// saved.
			throw new DataAccessResourceFailureException("Could not force the commit to the disk", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

}
