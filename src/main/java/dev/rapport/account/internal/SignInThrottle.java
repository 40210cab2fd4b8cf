package dev.rapport.account.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down password guessing wherever a password is checked (the sign-in form, HTTP
 * Basic token creation, and the current password that confirms a change of password or
 * email, turning off two-factor sign-in or deleting the account) without letting a
 * guesser lock the owner out.
 * <ul>
 * <li>After {@value #MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS} failures for one account from
 * one client address within {@link #WINDOW}, that address may not try that account again
 * until the oldest of those failures leaves the window, even with the right
 * password.</li>
 * <li>After {@value #MAX_FAILURES_PER_ADDRESS} failures from one address, whatever the
 * accounts, that address may not try any account (one address guessing many emails).</li>
 * </ul>
 * There is deliberately no limit per account alone: anyone who knows the owner's email
 * could then keep the owner out. The right password from an address that has not failed
 * always goes through.
 * <p>
 * The failures live in the {@code sign_in_failure} table, one row per failure and key, so
 * a restart forgets nothing and several instances on one database share one budget.
 * Appending rows (rather than updating a counter) means parallel failures can never
 * overwrite each other's count. Keys are SHA-256 hashes, so the table keeps no typed
 * emails. Rows that left the window are deleted at start and every ten minutes, on one
 * instance at a time.
 */
@Component
public class SignInThrottle {

	private static final Logger logger = LoggerFactory.getLogger(SignInThrottle.class);

	static final int MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS = 5;

	static final int MAX_FAILURES_PER_ADDRESS = 20;

	static final Duration WINDOW = Duration.ofMinutes(15);

	private final Clock clock;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	SignInThrottle(Clock clock, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * How long the next attempt for this account from this address must wait; empty when
	 * it may go ahead.
	 */
	public Optional<Duration> retryAfter(String email, String address) {
		Instant now = this.clock.instant();
		Duration wait = max(waitFor(pairKey(email, address), MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS, now),
				waitFor(addressKey(address), MAX_FAILURES_PER_ADDRESS, now));
		return wait.isZero() ? Optional.empty() : Optional.of(wait);
	}

	/**
	 * Counts a wrong password, in a transaction of its own: a change refused for it (and
	 * rolled back) must not take the count with it.
	 */
	public void recordFailure(String email, String address) {
		Timestamp now = Timestamp.from(this.clock.instant());
		try {
			this.ownTransaction.executeWithoutResult(status -> {
				for (String key : new String[] { pairKey(email, address), addressKey(address) }) {
					if (key != null) {
						this.jdbc.update("insert into sign_in_failure (throttle_key, failed_at) values (?, ?)", key,
								now);
					}
				}
			});
		}
		catch (DataAccessException ex) {
			// The wrong password is refused all the same; only this one failure goes
			// uncounted while
			// the database refuses writes (a full disk), and it says why in the log.
			logger.warn("Could not count a failed sign-in: {}", ex.getMostSpecificCause().getMessage());
		}
	}

	/** The right password from this address: this account starts afresh here. */
	void recordSuccess(String email, String address) {
		String key = pairKey(email, address);
		if (key == null) {
			return;
		}
		try {
			this.jdbc.update("delete from sign_in_failure where throttle_key = ?", key);
		}
		catch (DataAccessException ex) {
			logger.warn("Could not clear failed sign-ins after a successful one: {}",
					ex.getMostSpecificCause().getMessage());
		}
	}

	/**
	 * Deletes the failures that have left the window: at start, for what a stopped
	 * instance left, and every ten minutes on one instance at a time.
	 * @return how many rows went
	 */
	int deleteExpired() {
		return this.jdbc.update("delete from sign_in_failure where failed_at <= ?",
				Timestamp.from(this.clock.instant().minus(WINDOW)));
	}

	@Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
	@SchedulerLock(name = "sign-in-throttle-expiry")
	void everyTenMinutes() {
		deleteExpired();
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		deleteExpired();
	}

	/**
	 * The wait is set by the limit-th most recent failure within the window: once it
	 * leaves the window, fewer than the limit remain and the next attempt may go ahead.
	 */
	private Duration waitFor(String key, int limit, Instant now) {
		if (key == null) {
			return Duration.ZERO;
		}
		List<Timestamp> limitth = this.jdbc.queryForList(
				"select failed_at from sign_in_failure where throttle_key = ? and failed_at > ? "
						+ "order by failed_at desc offset ? rows fetch next 1 rows only",
				Timestamp.class, key, Timestamp.from(now.minus(WINDOW)), limit - 1);
		if (limitth.isEmpty()) {
			return Duration.ZERO;
		}
		Duration wait = Duration.between(now, limitth.get(0).toInstant().plus(WINDOW));
		return wait.isNegative() ? Duration.ZERO : wait;
	}

	private static Duration max(Duration a, Duration b) {
		return a.compareTo(b) >= 0 ? a : b;
	}

	/**
	 * Unknown addresses still count per account, so a missing address is never a way
	 * around the limit.
	 */
	private static String pairKey(String email, String address) {
		if (email == null || email.isBlank()) {
			return null;
		}
		return hash(
				"account:" + email.trim().toLowerCase(Locale.ROOT) + "|address:" + (address == null ? "" : address));
	}

	private static String addressKey(String address) {
		return (address == null || address.isBlank()) ? null : hash("address:" + address);
	}

	private static String hash(String key) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
