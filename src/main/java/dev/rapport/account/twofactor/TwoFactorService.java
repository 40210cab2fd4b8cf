package dev.rapport.account.twofactor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-factor sign-in with an authenticator app: setting it up (a new secret, confirmed
 * with a first code), checking codes (each at most once) and the ten single-use recovery
 * codes, and turning it off. Throttling wrong codes is the callers' part, through the
 * sign-in throttle.
 */
@Service
@Transactional(readOnly = true)
public class TwoFactorService {

	static final int SECRET_BYTES = 20;

	static final int RECOVERY_CODES = 10;

	/**
	 * Recovery codes avoid look-alike letters; 10 characters of 31 make about 50 bits
	 * each.
	 */
	private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	static final String ISSUER = "Rapport";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final TwoFactorSecretRepository secrets;

	private final RecoveryCodeRepository recoveryCodes;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	TwoFactorService(TwoFactorSecretRepository secrets, RecoveryCodeRepository recoveryCodes,
			PasswordEncoder passwordEncoder, Clock clock) {
		this.secrets = secrets;
		this.recoveryCodes = recoveryCodes;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	public boolean isEnabled(long userId) {
		return this.secrets.existsById(userId);
	}

	public int unusedRecoveryCodes(long userId) {
		return this.recoveryCodes.findUnusedOf(userId).size();
	}

	/**
	 * A fresh secret (base32) for the set-up page; nothing is stored until
	 * {@link #enable}.
	 */
	public String newSecret() {
		byte[] secret = new byte[SECRET_BYTES];
		RANDOM.nextBytes(secret);
		return Base32.encode(secret);
	}

	/**
	 * The link an authenticator app reads from the QR code (the de facto "Key URI
	 * Format").
	 */
	public String otpauthUri(String secret, String accountName) {
		String label = encode(ISSUER) + ":" + encode(accountName);
		return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(ISSUER) + "&algorithm=SHA1&digits="
				+ Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
	}

	/**
	 * Turns two-factor sign-in on once the user proved their app has the secret.
	 * @return the ten recovery codes, to be shown exactly once; empty when the code is
	 * wrong
	 */
	@Transactional
	public List<String> enable(long userId, String secret, String code) {
		OptionalLong step = Totp.matchingStep(Base32.decode(secret), code, this.clock.instant());
		if (step.isEmpty() || isEnabled(userId)) {
			return List.of();
		}
		this.secrets.save(new TwoFactorSecret(userId, secret, this.clock.instant(), step.getAsLong()));
		return newRecoveryCodes(userId);
	}

	/**
	 * Checks a code from the app (each step's code works once) or an unused recovery code
	 * (which is then spent).
	 */
	@Transactional
	public boolean verify(long userId, String code) {
		TwoFactorSecret secret = this.secrets.findById(userId).orElse(null);
		if (secret == null || code == null || code.isBlank()) {
			return false;
		}
		OptionalLong step = Totp.matchingStep(secret.secretBytes(), code, this.clock.instant());
		if (step.isPresent()) {
			if (!secret.accepts(step.getAsLong())) {
				return false;
			}
			secret.used(step.getAsLong());
			return true;
		}
		String normalised = normaliseRecoveryCode(code);
		if (normalised.length() != 10) {
			return false;
		}
		for (RecoveryCode recovery : this.recoveryCodes.findUnusedOf(userId)) {
			if (this.passwordEncoder.matches(normalised, recovery.codeHash())) {
				recovery.use(this.clock.instant());
				return true;
			}
		}
		return false;
	}

	/** Replaces every recovery code with ten new ones (shown once). */
	@Transactional
	public List<String> regenerateRecoveryCodes(long userId) {
		if (!isEnabled(userId)) {
			return List.of();
		}
		return newRecoveryCodes(userId);
	}

	@Transactional
	public void disable(long userId) {
		this.secrets.findById(userId).ifPresent(this.secrets::delete);
		this.recoveryCodes.deleteAllOf(userId);
	}

	private List<String> newRecoveryCodes(long userId) {
		this.recoveryCodes.deleteAllOf(userId);
		List<String> codes = new ArrayList<>(RECOVERY_CODES);
		for (int i = 0; i < RECOVERY_CODES; i++) {
			StringBuilder code = new StringBuilder(10);
			for (int c = 0; c < 10; c++) {
				code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
			}
			this.recoveryCodes.save(new RecoveryCode(userId, this.passwordEncoder.encode(code.toString())));
			codes.add(code.substring(0, 5) + "-" + code.substring(5));
		}
		return codes;
	}

	private static String normaliseRecoveryCode(String code) {
		return code.replace("-", "").replace(" ", "").toLowerCase(Locale.ROOT);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
