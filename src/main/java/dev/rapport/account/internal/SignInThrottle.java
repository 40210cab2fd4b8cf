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
 * Slows down password guessing: after {@value #MAX_FAILURES} failed sign-ins for one account, or
 * from one address, within {@link #WINDOW}, further attempts are refused until the oldest of those
 * failures is older than the window, even with the right password. The owner is never locked out
 * for good: the window slides, and a successful sign-in clears the account's failures.
 * <p>
 * The counters live in memory, in this process only: a restart forgets them, and several
 * instances behind a load balancer would each count on their own. The map is bounded, so a flood
 * of made-up emails or addresses cannot exhaust memory (the least recently touched keys go first).
 */
class SignInThrottle {

	static final int MAX_FAILURES = 5;

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

	/** How long the next attempt for this account or from this address must wait; empty when it may go ahead. */
	synchronized Optional<Duration> retryAfter(String email, String address) {
		Instant now = this.clock.instant();
		Duration wait = max(waitFor(accountKey(email), now), waitFor(addressKey(address), now));
		return wait.isZero() ? Optional.empty() : Optional.of(wait);
	}

	synchronized void recordFailure(String email, String address) {
		Instant now = this.clock.instant();
		record(accountKey(email), now);
		record(addressKey(address), now);
	}

	/** A successful sign-in proves the owner knows the password: their account starts afresh. */
	synchronized void recordSuccess(String email) {
		this.failures.remove(accountKey(email));
	}

	private void record(String key, Instant now) {
		if (key == null) {
			return;
		}
		Deque<Instant> recent = this.failures.computeIfAbsent(key, k -> new ArrayDeque<>(MAX_FAILURES));
		dropExpired(recent, now);
		recent.addLast(now);
		while (recent.size() > MAX_FAILURES) {
			recent.removeFirst();
		}
	}

	private Duration waitFor(String key, Instant now) {
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
		if (recent.size() < MAX_FAILURES) {
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

	private static String accountKey(String email) {
		return (email == null || email.isBlank()) ? null : "account:" + email.trim().toLowerCase(Locale.ROOT);
	}

	private static String addressKey(String address) {
		return (address == null || address.isBlank()) ? null : "address:" + address;
	}

}
