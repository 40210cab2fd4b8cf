package dev.rapport.reminders.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dev.rapport.reminders.DigestSettings;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The digest's tables: each user's settings, and one row per user and week recording that
 * week's send. Claiming a week is a single insert (or a conditional update of a failed
 * attempt), so two instances can never both own the same week.
 */
@Repository
public class DigestStore {

	/**
	 * Being sent; never taken over, so a crash mid-send can never lead to a second copy.
	 */
	static final String SENDING = "SENDING";

	static final String SENT = "SENT";

	/** Nothing to say this week and the user chose not to hear about quiet weeks. */
	static final String SKIPPED = "SKIPPED";

	/**
	 * The mail server failed; tried again from {@code next_attempt_at} while the week
	 * lasts.
	 */
	static final String RETRY = "RETRY";

	private final JdbcClient jdbc;

	DigestStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Stored(long ownerId, DigestSettings settings, Instant enabledAt) {
	}

	public record WeekSend(LocalDate weekStart, String status, int attempts, Instant finishedAt, String lastError) {
	}

	public Optional<Stored> settings(long ownerId) {
		return this.jdbc.sql("""
				select owner_id, enabled, day_of_week, send_hour, send_when_quiet, enabled_at
				from digest_setting where owner_id = ?""").param(ownerId).query(DigestStore::storedOf).optional();
	}

	public List<Stored> enabled() {
		return this.jdbc.sql("""
				select owner_id, enabled, day_of_week, send_hour, send_when_quiet, enabled_at
				from digest_setting where enabled = true order by owner_id""").query(DigestStore::storedOf).list();
	}

	/**
	 * Saves the settings; turning the digest on notes when, so the first one is not a
	 * week late.
	 */
	public void save(long ownerId, DigestSettings settings, Instant now) {
		Optional<Stored> before = settings(ownerId);
		Instant enabledAt = !settings.enabled() ? null
				: before.filter(stored -> stored.settings().enabled()).map(Stored::enabledAt).orElse(now);
		int updated = update(ownerId, settings, enabledAt);
		if (updated == 0) {
			try {
				this.jdbc
					.sql("""
							insert into digest_setting (owner_id, enabled, day_of_week, send_hour, send_when_quiet, enabled_at)
							values (?, ?, ?, ?, ?, ?)""")
					.params(ownerId, settings.enabled(), settings.dayOfWeek().name(), settings.hour(),
							settings.sendWhenQuiet(), timestamp(enabledAt))
					.update();
			}
			catch (DuplicateKeyException ex) {
				update(ownerId, settings, enabledAt);
			}
		}
	}

	private int update(long ownerId, DigestSettings settings, Instant enabledAt) {
		return this.jdbc.sql("""
				update digest_setting set enabled = ?, day_of_week = ?, send_hour = ?, send_when_quiet = ?,
				  enabled_at = ?, version = version + 1
				where owner_id = ?""")
			.params(settings.enabled(), settings.dayOfWeek().name(), settings.hour(), settings.sendWhenQuiet(),
					timestamp(enabledAt), ownerId)
			.update();
	}

	public boolean disable(long ownerId) {
		return this.jdbc
			.sql("update digest_setting set enabled = false, enabled_at = null, version = version + 1 "
					+ "where owner_id = ? and enabled = true")
			.param(ownerId)
			.update() == 1;
	}

	/**
	 * Takes this week's send for this caller: true for exactly one caller per user and
	 * week, and again (for one caller) only after a failure whose retry time has come.
	 */
	public boolean claim(long ownerId, LocalDate weekStart, Instant now) {
		int retried = this.jdbc.sql("""
				update digest_send set status = 'SENDING', attempts = attempts + 1, claimed_at = ?
				where owner_id = ? and week_start = ? and status = 'RETRY' and next_attempt_at <= ?""")
			.params(timestamp(now), ownerId, weekStart, timestamp(now))
			.update();
		if (retried == 1) {
			return true;
		}
		boolean exists = this.jdbc.sql("select count(*) from digest_send where owner_id = ? and week_start = ?")
			.params(ownerId, weekStart)
			.query(Long.class)
			.single() > 0;
		if (exists) {
			return false;
		}
		try {
			this.jdbc.sql("""
					insert into digest_send (owner_id, week_start, status, attempts, claimed_at)
					values (?, ?, 'SENDING', 1, ?)""").params(ownerId, weekStart, timestamp(now)).update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	public void finish(long ownerId, LocalDate weekStart, String status, Instant now) {
		this.jdbc.sql("""
				update digest_send set status = ?, finished_at = ?, next_attempt_at = null
				where owner_id = ? and week_start = ? and status = 'SENDING'""")
			.params(status, timestamp(now), ownerId, weekStart)
			.update();
	}

	/** Records a failed attempt, to be tried again from {@code nextAttempt}. */
	public void retryLater(long ownerId, LocalDate weekStart, Instant nextAttempt, String error) {
		this.jdbc.sql("""
				update digest_send set status = 'RETRY', next_attempt_at = ?, last_error = ?
				where owner_id = ? and week_start = ? and status = 'SENDING'""")
			.params(timestamp(nextAttempt), truncate(error), ownerId, weekStart)
			.update();
	}

	/** How many times this week's send was attempted. */
	public int attempts(long ownerId, LocalDate weekStart) {
		return this.jdbc.sql("select attempts from digest_send where owner_id = ? and week_start = ?")
			.params(ownerId, weekStart)
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	public Optional<WeekSend> latest(long ownerId) {
		return this.jdbc.sql("""
				select week_start, status, attempts, finished_at, last_error from digest_send
				where owner_id = ? order by week_start desc""")
			.param(ownerId)
			.query((rs, row) -> new WeekSend(rs.getObject("week_start", LocalDate.class), rs.getString("status"),
					rs.getInt("attempts"), instant(rs.getTimestamp("finished_at")), rs.getString("last_error")))
			.list()
			.stream()
			.findFirst();
	}

	public Optional<WeekSend> week(long ownerId, LocalDate weekStart) {
		return this.jdbc.sql("""
				select week_start, status, attempts, finished_at, last_error from digest_send
				where owner_id = ? and week_start = ?""")
			.params(ownerId, weekStart)
			.query((rs, row) -> new WeekSend(rs.getObject("week_start", LocalDate.class), rs.getString("status"),
					rs.getInt("attempts"), instant(rs.getTimestamp("finished_at")), rs.getString("last_error")))
			.optional();
	}

	private static Stored storedOf(ResultSet rs, int row) throws SQLException {
		return new Stored(rs.getLong("owner_id"),
				new DigestSettings(rs.getBoolean("enabled"), DayOfWeek.valueOf(rs.getString("day_of_week")),
						rs.getInt("send_hour"), rs.getBoolean("send_when_quiet")),
				instant(rs.getTimestamp("enabled_at")));
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant == null) ? null : Timestamp.from(instant);
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp == null) ? null : timestamp.toInstant();
	}

	private static String truncate(String text) {
		return (text == null || text.length() <= 500) ? text : text.substring(0, 500);
	}

}
