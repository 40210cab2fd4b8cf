package dev.rapport.support;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The instant every test context lives at: the {@code test} profile fixes the app's clock
 * to {@link #NOW} ({@code rapport.clock.fixed}), a Wednesday, so "today", "this week" and
 * "due soon" are the same in every run. Tests name dates relative to {@link #TODAY}
 * instead of writing the date again.
 */
public final class TestClock {

	/** Wednesday 18 November 2026, 10:00 UTC. */
	public static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");

	/** The day of {@link #NOW}, in UTC and in the test users' zone (Europe/Lisbon). */
	public static final LocalDate TODAY = LocalDate.of(2026, 11, 18);

	private TestClock() {
	}

}
