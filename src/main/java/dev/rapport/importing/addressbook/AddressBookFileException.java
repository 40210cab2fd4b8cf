package dev.rapport.importing.addressbook;

import java.util.Locale;
import java.util.OptionalInt;

/**
 * Rejects a whole file the import cannot read; nothing of it is written. The message is
 * meant for the user (what is wrong, where, what was expected); the {@link Reason} is a
 * stable code for the API and the pages' translated wording.
 */
public class AddressBookFileException extends RuntimeException {

	/** Why a file was rejected. */
	public enum Reason {

		EMPTY_FILE, BINARY_DATA, NOT_UTF8, UNKNOWN_FORMAT, MALFORMED_VCARD, MALFORMED_CSV, TOO_MANY_ENTRIES,
		NOT_A_BACKUP, UNSUPPORTED_BACKUP_VERSION, ACCOUNT_NOT_EMPTY

	}

	private final Reason reason;

	private final int lineNumber;

	public AddressBookFileException(Reason reason, int lineNumber, String message) {
		super(message);
		this.reason = reason;
		this.lineNumber = lineNumber;
	}

	public Reason reason() {
		return this.reason;
	}

	/** The line (1-based) where the problem is, when it can be known. */
	public OptionalInt lineNumber() {
		return (this.lineNumber > 0) ? OptionalInt.of(this.lineNumber) : OptionalInt.empty();
	}

	static AddressBookFileException emptyFile() {
		return new AddressBookFileException(Reason.EMPTY_FILE, 0,
				"The file is empty. Expected an address book export (vCard, Google or Outlook CSV), "
						+ "LinkedIn's Connections.csv or a Rapport backup.");
	}

	static AddressBookFileException binary(int line) {
		return new AddressBookFileException(Reason.BINARY_DATA, line, String.format(Locale.ENGLISH,
				"The file is not a text file: it contains binary data at line %d. If it is a zip archive, unzip it "
						+ "and choose the contacts file inside.",
				line));
	}

	static AddressBookFileException unknownFormat() {
		return new AddressBookFileException(Reason.UNKNOWN_FORMAT, 1,
				"This file is not one Rapport can import. Expected a vCard file (.vcf), a Google Contacts, "
						+ "Outlook or Thunderbird CSV export, LinkedIn's Connections.csv or a Rapport backup (.json).");
	}

	static AddressBookFileException tooManyEntries(int line, int limit) {
		return new AddressBookFileException(Reason.TOO_MANY_ENTRIES, line, String.format(Locale.ENGLISH,
				"The file has more than %,d entries (at line %d). Split it into smaller files.", limit, line));
	}

	static AddressBookFileException malformedVCard(int line, String problem) {
		return new AddressBookFileException(Reason.MALFORMED_VCARD, line,
				String.format(Locale.ENGLISH, "The vCard file is broken at line %d: %s.", line, problem));
	}

	static AddressBookFileException malformedCsv(int line, String problem) {
		return new AddressBookFileException(Reason.MALFORMED_CSV, line,
				String.format(Locale.ENGLISH, "The CSV file is broken at line %d: %s.", line, problem));
	}

}
