package dev.rapport.importing;

import java.util.OptionalInt;

import dev.rapport.importing.addressbook.AddressBookFileException;
import dev.rapport.importing.linkedin.LinkedInFileException;

/**
 * The uploaded file is not one the import can read; nothing was written. Carries the
 * reader's message, meant for the user, so that callers outside this module (the JSON
 * API) need not know the reader.
 */
public class ImportFileRejectedException extends RuntimeException {

	private final String reason;

	private final OptionalInt lineNumber;

	ImportFileRejectedException(LinkedInFileException cause) {
		super(cause.getMessage(), cause);
		this.reason = cause.reason().name();
		this.lineNumber = cause.lineNumber();
	}

	ImportFileRejectedException(AddressBookFileException cause) {
		super(cause.getMessage(), cause);
		this.reason = cause.reason().name();
		this.lineNumber = cause.lineNumber();
	}

	/**
	 * Why the file was rejected, as a stable code: {@code EMPTY_FILE},
	 * {@code BINARY_DATA}, {@code NOT_UTF8}, {@code MALFORMED_CSV},
	 * {@code NOT_A_LINKEDIN_EXPORT}, {@code WRONG_FIELD_COUNT}, {@code INVALID_DATE} or
	 * {@code TOO_MANY_ROWS} for a LinkedIn file; {@code UNKNOWN_FORMAT},
	 * {@code MALFORMED_VCARD}, {@code TOO_MANY_ENTRIES}, {@code NOT_A_BACKUP} or
	 * {@code UNSUPPORTED_BACKUP_VERSION} for other files.
	 */
	public String reason() {
		return this.reason;
	}

	/** The line (1-based) where the problem is, when it can be known. */
	public OptionalInt lineNumber() {
		return this.lineNumber;
	}

}
