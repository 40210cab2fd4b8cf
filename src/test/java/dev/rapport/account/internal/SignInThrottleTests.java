package dev.rapport.account.internal;

import java.time.Duration;
import java.time.Instant;

import dev.rapport.support.MovableClock;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTests {

	private final MovableClock clock = new MovableClock(Instant.parse("2026-11-18T10:00:00Z"));

	private final SignInThrottle throttle = new SignInThrottle(this.clock);

	@Test
	void letsFourFailuresThrough() {
		failTimes(4, "ann@example.com", "10.0.0.1");

		assertThat(this.throttle.retryAfter("ann@example.com", "10.0.0.1")).isEmpty();
	}

	@Test
	void refusesTheAccountFromAnAddressThatFailedFiveTimes() {
		failTimes(5, "ann@example.com", "10.0.0.1");

		assertThat(this.throttle.retryAfter("ann@example.com", "10.0.0.1")).contains(Duration.ofMinutes(15));
	}

	@Test
	void neverLocksTheOwnerOutFromAnAddressThatHasNotFailed() {
		for (int i = 0; i < 200; i++) {
			this.throttle.recordFailure("ann@example.com", "10.0." + (i / 250) + "." + (i % 250));
		}

		assertThat(this.throttle.retryAfter("ann@example.com", "192.168.1.1")).isEmpty();
	}

	@Test
	void refusesAnAddressGuessingManyAccounts() {
		for (int i = 0; i < SignInThrottle.MAX_FAILURES_PER_ADDRESS - 1; i++) {
			this.throttle.recordFailure("guess" + i + "@example.com", "10.0.0.1");
		}
		assertThat(this.throttle.retryAfter("owner@example.com", "10.0.0.1")).isEmpty();

		this.throttle.recordFailure("one-more@example.com", "10.0.0.1");

		assertThat(this.throttle.retryAfter("owner@example.com", "10.0.0.1")).isPresent();
		assertThat(this.throttle.retryAfter("owner@example.com", "10.0.0.2")).isEmpty();
	}

	@Test
	void treatsEmailsCaseInsensitively() {
		failTimes(5, " Ann@Example.com", "10.0.0.1");

		assertThat(this.throttle.retryAfter("ann@example.com", "10.0.0.1")).isPresent();
	}

	@Test
	void countsOnlyFailuresWithinTheWindow() {
		failTimes(3, "ann@example.com", "10.0.0.1");
		this.clock.advance(Duration.ofMinutes(16));
		failTimes(4, "ann@example.com", "10.0.0.1");

		assertThat(this.throttle.retryAfter("ann@example.com", "10.0.0.1")).isEmpty();
	}

	@Test
	void waitShrinksAsTheWindowSlidesAndThenEnds() {
		failTimes(1, "ann@example.com", "10.0.0.1");
		this.clock.advance(Duration.ofMinutes(5));
		failTimes(4, "ann@example.com", "10.0.0.1");

		assertThat(this.throttle.retryAfter("ann@example.com", "10.0.0.1")).contains(Duration.ofMinutes(10));
		this.clock.advance(Duration.ofMinutes(10));
		assertThat(this.throttle.retryAfter("ann@example.com", "10.0.0.1")).isEmpty();
	}

	@Test
	void successClearsTheAccountAtThatAddressOnly() {
		failTimes(4, "ann@example.com", "10.0.0.1");
		failTimes(4, "ann@example.com", "10.0.0.2");

		this.throttle.recordSuccess("ann@example.com", "10.0.0.1");
		failTimes(4, "ann@example.com", "10.0.0.1");
		failTimes(1, "ann@example.com", "10.0.0.2");

		assertThat(this.throttle.retryAfter("ann@example.com", "10.0.0.1")).isEmpty();
		assertThat(this.throttle.retryAfter("ann@example.com", "10.0.0.2")).isPresent();
	}

	@Test
	void stillCountsAnAccountWhenTheAddressIsUnknown() {
		failTimes(5, "ann@example.com", null);

		assertThat(this.throttle.retryAfter("ann@example.com", null)).isPresent();
	}

	@Test
	void ignoresMissingEmailAndAddress() {
		failTimes(10, null, null);

		assertThat(this.throttle.retryAfter(null, null)).isEmpty();
	}

	@Test
	void throttledPageRoundsMinutesUp() {
		assertThat(SignInThrottleFilter.throttledPage(Duration.ofSeconds(61))).isEqualTo("/login?throttled=2");
		assertThat(SignInThrottleFilter.throttledPage(Duration.ofSeconds(1))).isEqualTo("/login?throttled=1");
		assertThat(SignInThrottleFilter.throttledPage(Duration.ofMinutes(15))).isEqualTo("/login?throttled=15");
	}

	private void failTimes(int times, String email, String address) {
		for (int i = 0; i < times; i++) {
			this.throttle.recordFailure(email, address);
		}
	}


}
