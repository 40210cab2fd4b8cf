package dev.rapport.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What makes a password acceptable, after NIST SP 800-63B (section 3.1.1.2): long enough,
 * not absurdly long, and not one that attackers try first (a list of common passwords,
 * plus the account's own email and name). No composition rules ("one digit, one symbol"):
 * they make passwords harder to remember without making them harder to guess.
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 10;

	public static final int MAX_LENGTH = 128;

	static final String COMMON_PASSWORDS = "account/common-passwords.txt";

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load(new ClassPathResource(COMMON_PASSWORDS));
	}

	/**
	 * The message key saying what is wrong with the password, or empty when it may be
	 * used.
	 */
	public Optional<String> problem(String password, String email, String displayName) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of("password.tooShort");
		}
		if (password.length() > MAX_LENGTH) {
			return Optional.of("password.tooLong");
		}
		String folded = password.strip().toLowerCase(Locale.ROOT);
		if (this.common.contains(folded) || folded.chars().distinct().count() == 1) {
			return Optional.of("password.common");
		}
		if (sameAs(folded, email) || sameAs(folded, localPart(email)) || sameAs(folded, displayName)) {
			return Optional.of("password.personal");
		}
		return Optional.empty();
	}

	int size() {
		return this.common.size();
	}

	private static boolean sameAs(String folded, String other) {
		return other != null && !other.isBlank() && folded.equals(other.strip().toLowerCase(Locale.ROOT));
	}

	private static String localPart(String email) {
		return (email == null || email.indexOf('@') < 0) ? null : email.substring(0, email.indexOf('@'));
	}

	private static Set<String> load(ClassPathResource resource) {
		Set<String> passwords = new HashSet<>();
		try (InputStream in = resource.getInputStream();
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank() && !line.startsWith("#")) {
					passwords.add(line.strip());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + COMMON_PASSWORDS, ex);
		}
		return passwords;
	}

}
