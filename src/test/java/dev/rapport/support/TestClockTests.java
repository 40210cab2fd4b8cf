package dev.rapport.support;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fixed instant is written twice, for the app (the test profile's properties) and for
 * the tests ({@link TestClock}); they must agree.
 */
class TestClockTests {

	@Test
	void theTestProfileFixesTheClockAtTheSameInstantTheTestsAssume() throws IOException {
		Properties profile = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/application-test.properties")) {
			profile.load(in);
		}
		assertThat(Instant.parse(profile.getProperty("rapport.clock.fixed"))).isEqualTo(TestClock.NOW);
		assertThat(TestClock.NOW.atZone(ZoneId.of("Europe/Lisbon")).toLocalDate()).isEqualTo(TestClock.TODAY);
	}

}
