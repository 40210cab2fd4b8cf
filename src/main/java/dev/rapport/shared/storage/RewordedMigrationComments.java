package dev.rapport.shared.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * Accepts migrations whose comments were reworded after a database applied them. Flyway
 * checksums every line of a script, comments included, so without this a database
 * migrated by an earlier release would refuse to start. Only the exact old checksum of a
 * listed script is replaced, and only by its new one: a script whose SQL changed still
 * fails validation. Spring Boot hands every Flyway {@link Callback} bean to Flyway.
 */
class RewordedMigrationComments implements Callback {

	/**
	 * A script's version and its checksums before and after its comments were reworded.
	 */
	record Rewording(String version, int checksumBefore, int checksumAfter) {
	}

	/**
	 * V3's first comment named a design note that lives outside this repository; it now
	 * points at docs/scoring.md.
	 */
	static final Rewording[] REWORDINGS = { new Rewording("3", 15106739, 1108898897) };

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.BEFORE_VALIDATE || event == Event.BEFORE_MIGRATE;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		String table = context.getConfiguration().getTable();
		if (!historyExists(context, table)) {
			return;
		}
		String update = "update \"" + table + "\" set \"checksum\" = ? where \"version\" = ? and \"checksum\" = ?";
		try (PreparedStatement statement = context.getConnection().prepareStatement(update)) {
			for (Rewording rewording : REWORDINGS) {
				statement.setInt(1, rewording.checksumAfter());
				statement.setString(2, rewording.version());
				statement.setInt(3, rewording.checksumBefore());
				statement.executeUpdate();
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not accept the reworded migration comments: " + ex.getMessage(), ex);
		}
	}

	private static boolean historyExists(Context context, String table) {
		try (ResultSet tables = context.getConnection().getMetaData().getTables(null, null, table, null)) {
			return tables.next();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public String getCallbackName() {
		return "reworded migration comments";
	}

}
