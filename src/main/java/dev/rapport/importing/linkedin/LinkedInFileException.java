package dev.rapport.importing.linkedin;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Rejects a whole file that is not a readable LinkedIn {@code Connections.csv}. The
 * message is meant for the user: what is wrong, where, and what was expected. The
 * {@link Reason} lets a web layer pick its own (translated) wording instead.
 */
public class LinkedInFileException extends RuntimeException {

	/** Why a file was rejected. */
	public enum Reason {

		EMPTY_FILE, BINARY_DATA, NOT_UTF8, MALFORMED_CSV, NOT_A_LINKEDIN_EXPORT, WRONG_FIELD_COUNT, INVALID_DATE,
		TOO_MANY_ROWS

	}

	/**
	 * Today's header first: that is what a user with a fresh export should compare
	 * against.
	 */
	private static final String EXPECTED_HEADERS = "LinkedIn's header \"" + ExportGeneration.WITH_URL.header()
			+ "\" (or an older one: "
			+ Stream.of(ExportGeneration.SIX_COLUMNS, ExportGeneration.WITH_TAGS)
				.map((generation) -> "\"" + generation.header() + "\"")
				.collect(Collectors.joining(" or "))
			+ ")";

	private final Reason reason;

	private final int lineNumber;

	private LinkedInFileException(Reason reason, int lineNumber, String message) {
		super(message);
		this.reason = reason;
		this.lineNumber = lineNumber;
	}

	public Reason reason() {
		return this.reason;
	}

	/** The physical line (1-based) where the problem is, when it can be known. */
	public OptionalInt lineNumber() {
		return (this.lineNumber > 0) ? OptionalInt.of(this.lineNumber) : OptionalInt.empty();
	}

	/**
	 * English messages, with digits and grouping that do not depend on the server's
	 * locale.
	 */
	private static String format(String template, Object... values) {
		return String.format(Locale.ENGLISH, template, values);
	}

	static LinkedInFileException emptyFile() {
		return new LinkedInFileException(Reason.EMPTY_FILE, 0,
				"The file is empty. Expected Connections.csv from your LinkedIn data archive.");
	}

	static LinkedInFileException binaryData(int line) {
		return new LinkedInFileException(Reason.BINARY_DATA, line,
				format("The file is not a CSV text file: it contains binary data at line %d. Expected Connections.csv "
						+ "from your LinkedIn data archive; if you have the .zip archive, extract the file first.",
						line));
	}

	static LinkedInFileException notUtf8(int line) {
		return new LinkedInFileException(
				Reason.NOT_UTF8, line, format(
						"The file is not UTF-8 text: line %d contains bytes that are not valid UTF-8. LinkedIn exports "
								+ "are UTF-8; if you re-saved the file in a spreadsheet, save it as \"CSV UTF-8\".",
						line));
	}

	static LinkedInFileException malformedCsv(int line, String problem) {
		return new LinkedInFileException(Reason.MALFORMED_CSV, line,
				format("The file is not valid CSV at line %d: %s. Expected comma-separated values where every quoted "
						+ "value ends with a closing quote.", line, problem));
	}

	static LinkedInFileException malformedCsv(String problem) {
		return new LinkedInFileException(Reason.MALFORMED_CSV, 0,
				format("The file is not valid CSV: %s. Expected comma-separated values where every quoted value ends "
						+ "with a closing quote.", problem));
	}

	static LinkedInFileException notALinkedInExport(int recordsSearched) {
		return new LinkedInFileException(Reason.NOT_A_LINKEDIN_EXPORT, 0,
				format("This is not a LinkedIn connections export: none of its first %d lines is a LinkedIn header. "
						+ "Expected %s.", recordsSearched, EXPECTED_HEADERS));
	}

	static LinkedInFileException unknownHeader(int line, String header) {
		return new LinkedInFileException(Reason.NOT_A_LINKEDIN_EXPORT, line,
				format("This is not a LinkedIn connections export: the header at line %d is \"%s\". Expected %s.", line,
						header, EXPECTED_HEADERS));
	}

	static LinkedInFileException wrongFieldCount(int line, int found, int expected) {
		return new LinkedInFileException(Reason.WRONG_FIELD_COUNT, line,
				format("Line %d has %d values, but the header has %d. Expected one value per column; a value with a "
						+ "comma must be in quotes.", line, found, expected));
	}

	static LinkedInFileException invalidDate(int line, String value) {
		return new LinkedInFileException(Reason.INVALID_DATE, line,
				format("Line %d has the connection date \"%s\", which cannot be read. Expected a date like %s.", line,
						value, ConnectedOnDates.EXPECTED_FORMS));
	}

	static LinkedInFileException tooManyRows(int line, int rowLimit) {
		return new LinkedInFileException(Reason.TOO_MANY_ROWS, line,
				format("The file has more than %,d connections (line %d is one too many). Expected at most %,d "
						+ "connections in one file.", rowLimit, line, rowLimit));
	}

}
