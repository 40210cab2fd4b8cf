package dev.rapport.shared;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The user edited a version of a record that someone else (or another tab) changed
 * meanwhile.
 */
public class StaleEditException extends OptimisticLockingFailureException {

	public StaleEditException(String what, long id) {
		super(what + " " + id + " was changed meanwhile");
	}

	/** Throws when the version the form was rendered with is not the stored one. */
	public static void check(String what, long id, Long expectedVersion, long actualVersion) {
		if (expectedVersion != null && expectedVersion != actualVersion) {
			throw new StaleEditException(what, id);
		}
	}

}
