package dev.rapport.importing.linkedin;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Tells a plausible email address from what else LinkedIn has put into the
 * {@code Email Address} column, such as {@code urn:li:member:123456} in 2018 exports.
 */
final class EmailAddresses {

	/** One {@code @}, something before it and a dotted domain after it; no spaces. */
	private static final Pattern PLAUSIBLE = Pattern.compile("[^@\\s]+@[^@\\s.]+(?:\\.[^@\\s.]+)+");

	private EmailAddresses() {
	}

	static @Nullable String plausibleOrNull(String value) {
		String candidate = value.strip();
		return PLAUSIBLE.matcher(candidate).matches() ? candidate : null;
	}

}
