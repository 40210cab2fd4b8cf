package dev.rapport.account;

import java.time.Duration;
import java.time.Instant;

import dev.rapport.support.MovableClock;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sign-in at the provider stands in for the current password for five minutes, once.
 */
class ProviderReauthenticationTests {

	@Test
	void isFreshForFiveMinutesAndOnlyUntilUsed() {
		MovableClock clock = new MovableClock(Instant.parse("2026-11-18T10:00:00Z"));
		ProviderReauthentication reauthentication = new ProviderReauthentication(clock);
		MockHttpServletRequest request = new MockHttpServletRequest();
		assertThat(reauthentication.isFresh(request.getSession())).as("a session that never went to the provider")
			.isFalse();

		reauthentication.signedIn(request);
		clock.advance(Duration.ofMinutes(5));
		assertThat(reauthentication.isFresh(request.getSession())).isTrue();
		clock.advance(Duration.ofSeconds(1));
		assertThat(reauthentication.isFresh(request.getSession())).isFalse();

		reauthentication.signedIn(request);
		reauthentication.used(request.getSession());
		assertThat(reauthentication.isFresh(request.getSession())).isFalse();
	}

}
