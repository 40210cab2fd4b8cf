package dev.rapport.importing.linkedin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * Who a connection row is, as a stable string key (see docs/decisions/0003): the profile
 * URL when there is one, else the email address, else the whole row. Names alone never
 * identify anyone, since one export often holds several different people with the same
 * name.
 */
public final class ConnectionIdentity {

	/**
	 * Joins the row's values for hashing. Control characters never reach a row (they
	 * reject the file as binary), so no value can contain it and shift the boundaries
	 * between values.
	 */
	private static final String VALUE_SEPARATOR = "\u001F";

	private ConnectionIdentity() {
	}

	/**
	 * {@code url:<normalised url>}, else {@code email:<lower-cased email>}, else
	 * {@code row:} and the SHA-256 (hex) of first name, last name, company, position and
	 * connection date.
	 */
	public static String keyOf(ConnectionRow row) {
		String profileUrl = row.profileUrl();
		if (profileUrl != null) {
			return "url:" + profileUrl;
		}
		String email = row.email();
		if (email != null) {
			return "email:" + email.toLowerCase(Locale.ROOT);
		}
		String values = String.join(VALUE_SEPARATOR, row.firstName(), row.lastName(), row.company(), row.position(),
				Objects.toString(row.connectedOn(), ""));
		return "row:" + sha256Hex(values);
	}

	private static String sha256Hex(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform must support SHA-256", ex);
		}
	}

}
