package dev.rapport.scoring;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code score_state} table: one row of decayed sums per contact with history. Plain
 * JDBC rather than JPA because the rows are values, rewritten whole, and a full recompute
 * writes ten thousand of them in one batch.
 */
@Repository
class ScoreStateStore {

	private static final String COLUMNS = """
			contact_id, owner_id, anchor_on, short_me, short_them, short_mutual, short_service,
			long_me, long_them, long_mutual, long_service, services_given, services_received,
			known_since, first_on, last_on, last_live_on, next_planned_on""";

	private static final int BATCH = 500;

	/** The rows of {@code score_generation} (migration V15_1). */
	private static final int GENERATION_BUCKETS = 64;

	private final JdbcTemplate jdbc;

	private final Scorer scorer;

	ScoreStateStore(JdbcTemplate jdbc, Scorer scorer) {
		this.jdbc = jdbc;
		this.scorer = scorer;
	}

	/**
	 * The generation of the owner's score states as committed: it moves on with every
	 * committed change of them, on any instance sharing the database. Owners share
	 * {@code score_generation} rows by bucket, so another owner's change may move it too
	 * (a needless reload, never a stale one).
	 */
	long generationOf(long ownerId) {
		Long generation = this.jdbc.queryForObject("select generation from score_generation where bucket = ?",
				Long.class, bucketOf(ownerId));
		return (generation != null) ? generation : 0;
	}

	/**
	 * Moves the owner's generation on inside the current transaction and answers the new
	 * value. The update locks the bucket's row until the transaction ends, so generations
	 * of concurrent changes are consecutive in commit order.
	 */
	long bumpGeneration(long ownerId) {
		this.jdbc.update("update score_generation set generation = generation + 1 where bucket = ?", bucketOf(ownerId));
		return generationOf(ownerId);
	}

	static int bucketOf(long ownerId) {
		return (int) Math.floorMod(ownerId, GENERATION_BUCKETS);
	}

	/** Every stored state of the owner, by contact id. */
	Map<Long, ScoreState> statesOf(long ownerId) {
		Map<Long, ScoreState> states = new HashMap<>();
		this.jdbc.query("select " + COLUMNS + " from score_state where owner_id = ?", (ResultSet rs) -> {
			states.put(rs.getLong(1), stateOf(rs));
		}, ownerId);
		return states;
	}

	Optional<ScoreState> stateOf(long ownerId, long contactId) {
		return this.jdbc
			.query("select " + COLUMNS + " from score_state where owner_id = ? and contact_id = ?",
					(rs, row) -> stateOf(rs), ownerId, contactId)
			.stream()
			.findFirst();
	}

	/**
	 * Replaces the states of these contacts: those absent from {@code states} are left
	 * without one.
	 */
	void replace(long ownerId, Collection<Long> contactIds, Map<Long, ScoreState> states) {
		List<Long> ids = new ArrayList<>(contactIds);
		for (int from = 0; from < ids.size(); from += BATCH) {
			List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + BATCH));
			String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
			List<Object> args = new ArrayList<>();
			args.add(ownerId);
			args.addAll(chunk);
			this.jdbc.update("delete from score_state where owner_id = ? and contact_id in (" + marks + ")",
					args.toArray());
		}
		insert(ownerId, states);
	}

	/** Replaces every state of the owner. */
	void replaceAll(long ownerId, Map<Long, ScoreState> states) {
		this.jdbc.update("delete from score_state where owner_id = ?", ownerId);
		insert(ownerId, states);
	}

	Optional<String> fingerprint(String name) {
		return this.jdbc.queryForList("select fingerprint from score_constants where name = ?", String.class, name)
			.stream()
			.findFirst();
	}

	void saveFingerprint(String name, String fingerprint) {
		this.jdbc.update("delete from score_constants where name = ?", name);
		this.jdbc.update("insert into score_constants (name, fingerprint) values (?, ?)", name, fingerprint);
	}

	private void insert(long ownerId, Map<Long, ScoreState> states) {
		List<Map.Entry<Long, ScoreState>> rows = new ArrayList<>(states.entrySet());
		this.jdbc.batchUpdate(
				"insert into score_state (" + COLUMNS
						+ ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				rows, BATCH, (PreparedStatement ps, Map.Entry<Long, ScoreState> row) -> {
					ScoreState state = row.getValue();
					DecayedSums sums = state.sums();
					ps.setLong(1, row.getKey());
					ps.setLong(2, ownerId);
					ps.setDate(3, Date.valueOf(sums.anchor()));
					ps.setDouble(4, sums.shortClock().me());
					ps.setDouble(5, sums.shortClock().them());
					ps.setDouble(6, sums.shortClock().mutual());
					ps.setDouble(7, sums.shortClock().service());
					ps.setDouble(8, sums.longClock().me());
					ps.setDouble(9, sums.longClock().them());
					ps.setDouble(10, sums.longClock().mutual());
					ps.setDouble(11, sums.longClock().service());
					ps.setDouble(12, sums.given());
					ps.setDouble(13, sums.received());
					setDate(ps, 14, state.knownSince());
					setDate(ps, 15, state.firstDay());
					setDate(ps, 16, state.lastDay());
					setDate(ps, 17, state.lastLiveDay());
					setDate(ps, 18, state.nextPlannedDay().orElse(null));
				});
	}

	private ScoreState stateOf(ResultSet rs) throws SQLException {
		DecayedSums sums = new DecayedSums(rs.getDate(3).toLocalDate(),
				new BucketSums(rs.getDouble(4), rs.getDouble(5), rs.getDouble(6), rs.getDouble(7)),
				new BucketSums(rs.getDouble(8), rs.getDouble(9), rs.getDouble(10), rs.getDouble(11)), rs.getDouble(12),
				rs.getDouble(13));
		return this.scorer.restoredState(sums, date(rs, 14), date(rs, 15), date(rs, 16), date(rs, 17), date(rs, 18));
	}

	private static void setDate(PreparedStatement ps, int index, @Nullable LocalDate day) throws SQLException {
		if (day == null) {
			ps.setNull(index, Types.DATE);
		}
		else {
			ps.setDate(index, Date.valueOf(day));
		}
	}

	private static @Nullable LocalDate date(ResultSet rs, int index) throws SQLException {
		Date date = rs.getDate(index);
		return (date != null) ? date.toLocalDate() : null;
	}

}
