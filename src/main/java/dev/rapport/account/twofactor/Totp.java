package dev.rapport.account.twofactor;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords as RFC 6238 defines them, with the parameters every
 * authenticator app understands: HMAC-SHA1, 30-second steps, 6 digits (RFC 4226's dynamic
 * truncation). Why our own forty lines rather than a library:
 * {@code docs/decisions/0016-two-factor-sign-in.md}.
 */
public final class Totp {

	public static final int DIGITS = 6;

	public static final long STEP_SECONDS = 30;

	/**
	 * Codes of the previous and next step are accepted too, for clocks a little apart.
	 */
	public static final int ALLOWED_DRIFT_STEPS = 1;

	private static final int[] POWERS = { 1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000 };

	private Totp() {
	}

	/** The time step an instant falls in (T in RFC 6238, with T0 = 0). */
	public static long stepOf(Instant instant) {
		return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
	}

	/** The code for one time step, zero-padded to {@code digits}. */
	public static String code(byte[] secret, long step, int digits, String algorithm) {
		try {
			Mac mac = Mac.getInstance(algorithm);
			mac.init(new SecretKeySpec(secret, "RAW"));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
			int offset = hash[hash.length - 1] & 0x0f;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			String code = Integer.toString(binary % POWERS[digits]);
			return "0".repeat(digits - code.length()) + code;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Every Java runtime has " + algorithm, ex);
		}
	}

	public static String code(byte[] secret, long step) {
		return code(secret, step, DIGITS, "HmacSHA1");
	}

	/**
	 * The step whose code matches, looking one step either side of now; empty when none
	 * does. The comparison takes the same time whichever digit differs.
	 */
	public static OptionalLong matchingStep(byte[] secret, String presented, Instant now) {
		if (presented == null) {
			return OptionalLong.empty();
		}
		String digits = presented.replace(" ", "").replace("-", "");
		if (digits.length() != DIGITS || !digits.chars().allMatch(Character::isDigit)) {
			return OptionalLong.empty();
		}
		long current = stepOf(now);
		for (long step = current - ALLOWED_DRIFT_STEPS; step <= current + ALLOWED_DRIFT_STEPS; step++) {
			if (MessageDigest.isEqual(code(secret, step).getBytes(), digits.getBytes())) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

}
