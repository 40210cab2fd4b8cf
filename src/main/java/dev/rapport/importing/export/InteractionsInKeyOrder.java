package dev.rapport.importing.export;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Streams one owner's interactions in id order, each with its participant rows, from two
 * queries read side by side and merged here: the interactions in the order of their
 * primary key, the participants in the order of theirs ({@code interaction_id,
 * contact_id}). Both databases serve both orders straight from the primary key index,
 * without sorting anything (checked with {@code EXPLAIN}; docs/benchmarks.md, "Full
 * exports"), and nothing but the current row of each query is held.
 * <p>
 * The single joined query this replaces made H2 copy and sort the 220,000 joined rows of
 * a large account into a temporary file before the first reached the writer, most of a
 * full backup's time. On H2 the interactions query skips the owner's date index
 * ({@code USE
 * INDEX ()}), which would otherwise be chosen and sorted by id, and both queries run in
 * H2's lazy mode (rows produced as they are read, no temporary result), switched on for
 * these two queries only. PostgreSQL streams with a fetch size inside the transaction.
 * <p>
 * Must run inside a transaction (PostgreSQL only streams with a fetch size inside one).
 */
public final class InteractionsInKeyOrder {

	private static final int FETCH_SIZE = 1_000;

	private InteractionsInKeyOrder() {
	}

	/**
	 * Calls {@code writer} once per interaction of {@code ownerId}, in id order.
	 * @param interactionColumns the select list of the interaction, read from table
	 * {@code interaction}; must include {@code id}
	 * @param participantQuery a query of the participant rows whose first column is
	 * {@code interaction_id}, ordered by it (then by {@code contact_id}, so that the
	 * primary key serves the order), with three parameters: the lowest and the highest id
	 * of the owner's interactions, then the owner's id, by which it must scope its rows
	 */
	public static void stream(JdbcTemplate jdbc, long ownerId, String interactionColumns, String participantQuery,
			Writer writer) {
		jdbc.execute((ConnectionCallback<Void>) connection -> {
			long[] range = idRange(connection, ownerId);
			if (range == null) {
				return null;
			}
			boolean h2 = "H2".equals(connection.getMetaData().getDatabaseProductName());
			if (h2) {
				lazy(connection, true);
			}
			try (PreparedStatement interactions = connection.prepareStatement("select " + interactionColumns
					+ " from interaction" + (h2 ? " use index ()" : "") + " where owner_id = ? order by id");
					PreparedStatement participants = connection.prepareStatement(participantQuery)) {
				interactions.setFetchSize(FETCH_SIZE);
				interactions.setLong(1, ownerId);
				participants.setFetchSize(FETCH_SIZE);
				participants.setLong(1, range[0]);
				participants.setLong(2, range[1]);
				participants.setLong(3, ownerId);
				try (ResultSet interaction = interactions.executeQuery();
						ResultSet participant = participants.executeQuery()) {
					Participants cursor = new Participants(participant);
					while (interaction.next()) {
						cursor.moveTo(interaction.getLong("id"));
						writer.write(interaction, cursor);
					}
				}
			}
			finally {
				if (h2) {
					lazy(connection, false);
				}
			}
			return null;
		});
	}

	/**
	 * The lowest and highest id of the owner's interactions, which bound the participants
	 * query to a range of its primary key; {@code null} without interactions.
	 */
	private static long[] idRange(Connection connection, long ownerId) throws SQLException {
		try (PreparedStatement statement = connection
			.prepareStatement("select min(id), max(id) from interaction where owner_id = ?")) {
			statement.setLong(1, ownerId);
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				long lowest = rs.getLong(1);
				return rs.wasNull() ? null : new long[] { lowest, rs.getLong(2) };
			}
		}
	}

	private static void lazy(Connection connection, boolean on) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("set lazy_query_execution " + on);
		}
	}

	/** Writes one interaction. */
	@FunctionalInterface
	public interface Writer {

		/**
		 * @param interaction positioned on the interaction's row
		 * @param participants its participant rows, one after the other
		 */
		void write(ResultSet interaction, Participants participants) throws SQLException;

	}

	/**
	 * The participant rows of the current interaction: a window on the participants
	 * query, which runs alongside the interactions and is never read ahead by more than a
	 * row.
	 */
	public static final class Participants {

		private final ResultSet rows;

		/** Whether {@link #rows} is on a row not yet handed out. */
		private boolean pending;

		/** Whether the row {@link #rows} is on has been handed out by {@link #next()}. */
		private boolean handedOut;

		private long interactionId;

		Participants(ResultSet rows) throws SQLException {
			this.rows = rows;
			this.pending = rows.next();
		}

		/**
		 * Moves to the next participant row of the current interaction.
		 * @return {@code false} when the interaction has no more
		 */
		public boolean next() throws SQLException {
			advancePastHandedOut();
			if (this.pending && this.rows.getLong(1) == this.interactionId) {
				this.handedOut = true;
				return true;
			}
			return false;
		}

		/** The participants query, on the row {@link #next()} moved to. */
		public ResultSet row() {
			return this.rows;
		}

		/**
		 * Skips what is left of the previous interaction's rows (and any row of an
		 * interaction the interactions query did not return).
		 */
		void moveTo(long interactionId) throws SQLException {
			advancePastHandedOut();
			while (this.pending && this.rows.getLong(1) < interactionId) {
				this.pending = this.rows.next();
			}
			this.interactionId = interactionId;
		}

		private void advancePastHandedOut() throws SQLException {
			if (this.handedOut) {
				this.pending = this.rows.next();
				this.handedOut = false;
			}
		}

	}

}
