package dev.rapport.contact.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import dev.rapport.contact.NameSortKey;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import org.springframework.stereotype.Component;

/**
 * Migration 11.13: the contact list's sort keys ({@link NameSortKey}) now fold accents
 * and punctuation, and no last name is the empty key instead of null; this recomputes the
 * keys of every existing contact, then makes {@code sort_last} required like
 * {@code sort_first}. SQL cannot fold accents the same way on H2 and PostgreSQL, so the
 * keys come from the same Java code that every writer uses.
 * <p>
 * Spring Boot hands every {@link JavaMigration} bean to Flyway, which orders it among the
 * SQL scripts by its version. Numbered in issue 11's range after {@code V11_12} (which
 * added the columns): it reads only the names and writes only the keys, so on a database
 * that already applied later migrations it may run after them (out-of-order is on).
 * <p>
 * The contacts are read {@value #BATCH} at a time by id (keyset), and only keys that
 * changed are written, in one batch per read: an account of tens of thousands of contacts
 * never has more than one batch of rows in memory (the production heap is 160 MB).
 */
@Component
public class FoldedNameSortKeysMigration implements JavaMigration {

	static final int BATCH = 500;

	private static final String READ = "select id, first_name, last_name, sort_first, sort_last from contact "
			+ "where id > ? order by id";

	private static final String WRITE = "update contact set sort_first = ?, sort_last = ? where id = ?";

	private final int batch;

	public FoldedNameSortKeysMigration() {
		this(BATCH);
	}

	/**
	 * @param batch how many contacts to read at a time (tests use a few, to cross batch
	 * boundaries)
	 */
	public FoldedNameSortKeysMigration(int batch) {
		this.batch = batch;
	}

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("11.13");
	}

	@Override
	public String getDescription() {
		return "folded name sort keys";
	}

	@Override
	public Integer getChecksum() {
		// Stands for this class's behaviour: change it if the recomputation changes.
		return 1;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		recomputeKeys(connection);
		// Once every row has a key: new rows get theirs from NameSortKey, never null.
		try (Statement statement = connection.createStatement()) {
			statement.execute("alter table contact alter column sort_last set not null");
		}
	}

	/** Rewrites every contact's stale keys; how many were rewritten. */
	public int recomputeKeys(Connection connection) throws SQLException {
		int rewritten = 0;
		long after = 0;
		try (PreparedStatement read = connection.prepareStatement(READ);
				PreparedStatement write = connection.prepareStatement(WRITE)) {
			read.setMaxRows(this.batch);
			read.setFetchSize(this.batch);
			while (true) {
				read.setLong(1, after);
				List<Object[]> stale = new ArrayList<>();
				int rows = 0;
				try (ResultSet result = read.executeQuery()) {
					while (result.next()) {
						rows++;
						after = result.getLong(1);
						String first = NameSortKey.of(result.getString(2));
						String last = NameSortKey.of(result.getString(3));
						if (!first.equals(result.getString(4)) || !last.equals(result.getString(5))) {
							stale.add(new Object[] { first, last, after });
						}
					}
				}
				for (Object[] keys : stale) {
					write.setString(1, (String) keys[0]);
					write.setString(2, (String) keys[1]);
					write.setLong(3, (Long) keys[2]);
					write.addBatch();
				}
				if (!stale.isEmpty()) {
					write.executeBatch();
					rewritten += stale.size();
				}
				if (rows < this.batch) {
					return rewritten;
				}
			}
		}
	}

}
