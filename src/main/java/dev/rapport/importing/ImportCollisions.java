package dev.rapport.importing;

import java.util.Locale;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * Tells the one write failure an import expects (another import of the same people
 * committed first, so a unique import key collides) from any other, which must be
 * reported as what it is.
 */
public final class ImportCollisions {

	/**
	 * The unique index on (owner_id, import_key), from the LinkedIn import's migration.
	 */
	private static final String IMPORT_KEY_INDEX = "contact_owner_import_key";

	private ImportCollisions() {
	}

	public static boolean isConcurrentImport(DataIntegrityViolationException failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			String message = cause.getMessage();
			if (message != null && message.toLowerCase(Locale.ROOT).contains(IMPORT_KEY_INDEX)) {
				return true;
			}
		}
		return false;
	}

}
