package dev.rapport.importing;

import java.util.Optional;

import dev.rapport.contact.ContactLimits;
import dev.rapport.contact.ImportedConnection;
import dev.rapport.importing.linkedin.ConnectionRow;
import dev.rapport.importing.linkedin.ProfileUrls;

/**
 * Turns a row of the file into what the contact module stores: empty text becomes
 * {@code null}, text is cut to the column sizes (the same way on every import, so
 * re-imports still match), and a person without a first name gets the best name the row
 * has, since a contact needs one.
 */
final class ImportedConnections {

	static final int NAME_LENGTH = ContactLimits.NAME;

	static final int EMAIL_LENGTH = ContactLimits.EMAIL;

	static final int COMPANY_LENGTH = ContactLimits.COMPANY;

	static final int POSITION_LENGTH = ContactLimits.POSITION;

	static final int URL_LENGTH = ContactLimits.LINKEDIN_URL;

	/**
	 * The {@code import_key} column, which holds the identity derived from the URL, email
	 * or names.
	 */
	static final int KEY_LENGTH = ContactLimits.IMPORT_KEY;

	private ImportedConnections() {
	}

	static ImportedConnection of(ConnectionRow row) {
		String firstName = cut(row.firstName(), NAME_LENGTH);
		String lastName = cut(row.lastName(), NAME_LENGTH);
		if (firstName == null) {
			firstName = (lastName != null) ? lastName : fallbackName(row);
			lastName = null;
		}
		String email = (row.email() != null && row.email().length() <= EMAIL_LENGTH) ? row.email() : null;
		String url = (row.profileUrl() != null && row.profileUrl().length() <= URL_LENGTH) ? row.profileUrl() : null;
		return new ImportedConnection(row.identityKey(), firstName, lastName, email, cut(row.company(), COMPANY_LENGTH),
				cut(row.position(), POSITION_LENGTH), url, row.connectedOn());
	}

	/**
	 * Whether any cell of the row is longer than the column it would be stored in. Such a
	 * row is skipped with a reason in the preview and the commit alike, rather than
	 * stored cut short (a cut URL or email is a different person) or failing the whole
	 * commit at the database.
	 */
	static boolean hasCellTooLong(ConnectionRow row) {
		return longerThan(row.firstName(), NAME_LENGTH) || longerThan(row.lastName(), NAME_LENGTH)
				|| longerThan(row.email(), EMAIL_LENGTH) || longerThan(row.company(), COMPANY_LENGTH)
				|| longerThan(row.position(), POSITION_LENGTH) || longerThan(row.profileUrl(), URL_LENGTH)
				|| longerThan(row.identityKey(), KEY_LENGTH);
	}

	private static boolean longerThan(String text, int length) {
		return text != null && text.strip().length() > length;
	}

	/**
	 * The key a row with this profile URL has, so hand-made contacts can be matched by
	 * their link.
	 */
	static Optional<String> keyOfProfileUrl(String linkedinUrl) {
		String url = ProfileUrls.normalise(linkedinUrl);
		if (url == null) {
			return Optional.empty();
		}
		return Optional.of(new ConnectionRow(0, "", "", url, null, "", "", null).identityKey());
	}

	/**
	 * Hidden members are skipped before this, so a row always has a URL, an email, a
	 * company or a position.
	 */
	private static String fallbackName(ConnectionRow row) {
		if (row.profileUrl() != null) {
			return cut(row.profileUrl().substring(row.profileUrl().lastIndexOf('/') + 1), NAME_LENGTH);
		}
		if (row.email() != null) {
			return cut(row.email(), NAME_LENGTH);
		}
		String company = cut(row.company(), NAME_LENGTH);
		if (company != null) {
			return company;
		}
		String position = cut(row.position(), NAME_LENGTH);
		return (position != null) ? position : "?";
	}

	/**
	 * Blank as {@code null}; longer text cut at a code point boundary, never inside an
	 * emoji's surrogates.
	 */
	static String cut(String text, int length) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (text.length() <= length) {
			return text;
		}
		int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
		return text.substring(0, end).strip();
	}

}
