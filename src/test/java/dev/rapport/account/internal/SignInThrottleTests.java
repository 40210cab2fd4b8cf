package dev.rapport.account.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.rapport.support.MigratedTestDatabase;
import dev.rapport.support.MovableClock;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The throttle's rules against its real table: on H2 in the ordinary run and on
 * PostgreSQL in the {@code postgresql} one.
 */
class SignInThrottleTests {

	private final JdbcTemplate jdbc = new JdbcTemplate(MigratedTestDatabase.dataSource());

	private final MovableClock clock = new MovableClock(Instant.parse("2026-11-18T10:00:00Z"));

	private final SignInThrottle throttle = new SignInThrottle(this.clock, this.jdbc,
			new DataSourceTransactionManager(MigratedTestDatabase.dataSource()));

	@BeforeEach
	void startAfresh() {
		this.jdbc.update("delete from sign_in_failure");
	}

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
	void countsEveryOneOfManyParallelFailures() throws Exception {
		int threads = 8;
		int failuresEach = 25;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Callable<Void>> guessers = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				guessers.add(() -> {
					failTimes(failuresEach, "ann@example.com", "10.0.0.1");
					return null;
				});
			}
			for (Future<Void> done : pool.invokeAll(guessers)) {
				done.get();
			}
		}
		finally {
			pool.shutdown();
		}

		// Two rows per failure: one for the account at this address, one for the address.
		assertThat(this.jdbc.queryForObject("select count(*) from sign_in_failure", Integer.class))
			.isEqualTo(2 * threads * failuresEach);
		assertThat(this.throttle.retryAfter("someone-else@example.com", "10.0.0.1")).isPresent();
	}

	@Test
	void keepsNoTypedEmailOrAddressInTheTable() {
		failTimes(1, "ann@example.com", "10.0.0.1");

		assertThat(this.jdbc.queryForList("select throttle_key from sign_in_failure", String.class)).hasSize(2)
			.allSatisfy(key -> assertThat(key).matches("[0-9a-f]{64}"));
	}

	@Test
	void deletesOnlyFailuresThatLeftTheWindow() {
		failTimes(2, "ann@example.com", "10.0.0.1");
		this.clock.advance(Duration.ofMinutes(10));
		failTimes(5, "ann@example.com", "10.0.0.2");
		this.clock.advance(Duration.ofMinutes(6));

		assertThat(this.throttle.deleteExpired()).isEqualTo(4);
		assertThat(this.throttle.retryAfter("ann@example.com", "10.0.0.2")).contains(Duration.ofMinutes(9));
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
