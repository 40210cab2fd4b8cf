package dev.rapport.account.twofactor;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The implementation against the test vectors of RFC 6238 (Appendix B, HMAC-SHA1) and the
 * base32 examples of RFC 4648 (section 10).
 */
class TotpTests {

	static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	@ParameterizedTest
	@CsvSource({ "59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
			"2000000000, 69279037", "20000000000, 65353130" })
	void matchesTheRfc6238TestVectors(long unixSeconds, String expected) {
		long step = Totp.stepOf(Instant.ofEpochSecond(unixSeconds));
		assertThat(Totp.code(RFC_SECRET, step, 8, "HmacSHA1")).isEqualTo(expected);
		assertThat(Totp.code(RFC_SECRET, step)).isEqualTo(expected.substring(2));
	}

	@Test
	void acceptsTheCurrentAndNeighbouringStepsOnly() {
		Instant now = Instant.ofEpochSecond(1234567890);
		long step = Totp.stepOf(now);

		assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step), now)).hasValue(step);
		assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now)).hasValue(step - 1);
		assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now)).hasValue(step + 1);
		assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), now)).isEmpty();
		assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 2), now)).isEmpty();
	}

	@Test
	void toleratesSpacesButNotOtherInput() {
		Instant now = Instant.ofEpochSecond(1234567890);
		String code = Totp.code(RFC_SECRET, Totp.stepOf(now));

		assertThat(Totp.matchingStep(RFC_SECRET, code.substring(0, 3) + " " + code.substring(3), now)).isPresent();
		assertThat(Totp.matchingStep(RFC_SECRET, null, now)).isEmpty();
		assertThat(Totp.matchingStep(RFC_SECRET, "", now)).isEmpty();
		assertThat(Totp.matchingStep(RFC_SECRET, "12345", now)).isEmpty();
		assertThat(Totp.matchingStep(RFC_SECRET, "abcdef", now)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB", "foobar, MZXW6YTBOI" })
	void base32MatchesRfc4648(String text, String encoded) {
		byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
		assertThat(Base32.encode(bytes)).isEqualTo(encoded);
		assertThat(Base32.decode(encoded.toLowerCase())).isEqualTo(bytes);
	}

}
