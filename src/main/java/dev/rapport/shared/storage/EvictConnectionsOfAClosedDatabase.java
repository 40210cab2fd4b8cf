package dev.rapport.shared.storage;

import java.sql.SQLException;

import com.zaxxer.hikari.SQLExceptionOverride;

/**
 * After a write fails on a full disk, H2 closes the database, and every pooled connection
 * answers "the database has been closed" from then on, even once space is free again.
 * Evicting a connection that reports such a failure makes the pool open a new one, which
 * reopens the database: the app recovers on its own, without a restart. Set as the Hikari
 * pool's exception override in {@code application.properties}.
 */
public class EvictConnectionsOfAClosedDatabase implements SQLExceptionOverride {

	// No @Override here: inside this interface the name means its nested enum.
	public Override adjudicate(SQLException failure) {
		return StorageFailures.isStorageUnavailable(failure) ? Override.MUST_EVICT : Override.CONTINUE_EVICT;
	}

}
