package dev.rapport.account.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Slows down password guessing wherever a password is checked (the sign-in form and HTTP Basic
 * token creation) without letting a guesser lock the owner out.
 * <ul>
 * <li>After {@value #MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS} failures for one account from one client
 * address within {@link #WINDOW}, that address may not try that account again until the oldest of
 * those failures leaves the window, even with the right password.</li>
 * <li>After {@value #MAX_FAILURES_PER_ADDRESS} failures from one address, whatever the accounts,
 * that address may not try any account (one address guessing many emails).</li>
 * </ul>
 * There is deliberately no limit per account alone: anyone who knows the owner's email could then
 * keep the owner out. The right password from an address that has not failed always goes through.
 * <p>
 * The counters live in memory, in this process only: a restart forgets them. The map is bounded,
 * so a flood of made-up emails or addresses cannot exhaust memory (the least recently touched keys
 * go first).
 */
class SignInThrottle {

	static final int MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS = 5;

	static final int MAX_FAILURES_PER_ADDRESS = 20;

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final int MAX_TRACKED_KEYS = 10_000;

	private final Clock clock;

	private final Map<String, Deque<Instant>> failures = new LinkedHashMap<>(256, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
			return size() > MAX_TRACKED_KEYS;
		}

	};

	SignInThrottle(Clock clock) {
		this.clock = clock;
	}

	/** How long the next attempt for this account from this address must wait; empty when it may go ahead. */
	synchronized Optional<Duration> retryAfter(String email, String address) {
		Instant now = this.clock.instant();
		Duration wait = max(waitFor(pairKey(email, address), MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS, now),
				waitFor(addressKey(address), MAX_FAILURES_PER_ADDRESS, now));
		return wait.isZero() ? Optional.empty() : Optional.of(wait);
	}

	synchronized void recordFailure(String email, String address) {
		Instant now = this.clock.instant();
		record(pairKey(email, address), MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS, now);
		record(addressKey(address), MAX_FAILURES_PER_ADDRESS, now);
	}

	/** The right password from this address: this account starts afresh here. */
	synchronized void recordSuccess(String email, String address) {
		String key = pairKey(email, address);
		if (key != null) {
			this.failures.remove(key);
		}
	}

	private void record(String key, int limit, Instant now) {
		if (key == null) {
			return;
		}
		Deque<Instant> recent = this.failures.computeIfAbsent(key, k -> new ArrayDeque<>(limit));
		dropExpired(recent, now);
		recent.addLast(now);
		while (recent.size() > limit) {
			recent.removeFirst();
		}
	}

	private Duration waitFor(String key, int limit, Instant now) {
		if (key == null) {
			return Duration.ZERO;
		}
		Deque<Instant> recent = this.failures.get(key);
		if (recent == null) {
			return Duration.ZERO;
		}
		dropExpired(recent, now);
		if (recent.isEmpty()) {
			this.failures.remove(key);
			return Duration.ZERO;
		}
		if (recent.size() < limit) {
			return Duration.ZERO;
		}
		return Duration.between(now, recent.peekFirst().plus(WINDOW));
	}

	private static void dropExpired(Deque<Instant> recent, Instant now) {
		Instant cutoff = now.minus(WINDOW);
		while (!recent.isEmpty() && !recent.peekFirst().isAfter(cutoff)) {
			recent.removeFirst();
		}
	}

	private static Duration max(Duration a, Duration b) {
		return a.compareTo(b) >= 0 ? a : b;
	}

	/** Unknown addresses still count per account, so a missing address is never a way around the limit. */
	private static String pairKey(String email, String address) {
		if (email == null || email.isBlank()) {
			return null;
		}
		return "account:" + email.trim().toLowerCase(Locale.ROOT) + "|address:" + (address == null ? "" : address);
	}

	private static String addressKey(String address) {
		return (address == null || address.isBlank()) ? null : "address:" + address;
	}

}
