package dev.rapport.shared.storage;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps a long write transaction's memory bounded on the embedded H2 file database.
 * <p>
 * With {@code WRITE_DELAY=0} (every commit written at once, see {@link DurableCommits})
 * H2 holds every page a transaction changes in the heap until it commits, then serialises
 * them all into one buffer: storing an 18 MB address book's upload, and deleting its
 * parts after the import, asked for buffers of up to four times the file's size and ran
 * out of memory within the documented 160 MB. {@link #spill()} runs {@code CHECKPOINT} on
 * the transaction's own connection: H2 writes the pages changed so far to its file
 * without committing them, and still rolls them back if the transaction fails, after a
 * crash as after an exception. One transaction per import stays one transaction.
 * <p>
 * PostgreSQL and in-memory databases need none of this; for them it does nothing.
 */
public class LargeTransactions {

	private final JdbcTemplate jdbc;

	private final boolean enabled;

	public LargeTransactions(JdbcTemplate jdbc, String databaseUrl) {
		this.jdbc = jdbc;
		this.enabled = DurableCommits.isH2FileDatabase(databaseUrl);
	}

	/**
	 * Lets what the current transaction has written so far leave the heap; call it
	 * between chunks of a large write.
	 */
	public void spill() {
		if (this.enabled) {
			this.jdbc.execute("CHECKPOINT");
		}
	}

}
