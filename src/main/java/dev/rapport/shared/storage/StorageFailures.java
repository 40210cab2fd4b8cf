package dev.rapport.shared.storage;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database that cannot store anything right now (a full disk, a read-only file, a
 * database closed after a failed write) from a bug. Such a failure is the server's
 * condition, not the request's fault: it is answered 503 and the request may be repeated
 * later.
 */
public final class StorageFailures {

	/**
	 * H2's codes: 90098 the database has been closed (after a failed write), 90028 an I/O
	 * exception, 90097 the database is read-only, 90121 the database is closing, 90100
	 * the file system is full.
	 */
	private static final Set<Integer> H2_CODES = Set.of(90098, 90028, 90097, 90121, 90100);

	/**
	 * PostgreSQL's SQLState classes: 08 connection, 53 insufficient resources (53100 disk
	 * full), 57 operator intervention; 25006 read-only transaction.
	 */
	private static final Set<String> SQL_STATE_CLASSES = Set.of("08", "53", "57");

	private StorageFailures() {
	}

	public static boolean isStorageUnavailable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException
					|| cause instanceof CannotCreateTransactionException) {
				return true;
			}
			if (cause instanceof SQLException sql && isStorageUnavailable(sql)) {
				return true;
			}
			if (cause instanceof IOException io && io.getMessage() != null
					&& io.getMessage().toLowerCase(Locale.ROOT).contains("no space left")) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	static boolean isStorageUnavailable(SQLException sql) {
		if (H2_CODES.contains(sql.getErrorCode())) {
			return true;
		}
		String state = sql.getSQLState();
		if (state != null && (state.equals("25006")
				|| (state.length() >= 2 && SQL_STATE_CLASSES.contains(state.substring(0, 2))))) {
			return true;
		}
		// The pool's answer for a connection it already closed (after the database closed
		// under it).
		String message = sql.getMessage();
		if ("Connection is closed".equals(message)) {
			return true;
		}
		// H2 reports a write that failed in its storage engine as a general error
		// (50000).
		return sql.getErrorCode() == 50000 && message != null && message.contains("MVStoreException")
				&& (message.contains("Writing") || message.contains("failed") || message.contains("read-only"));
	}

}
