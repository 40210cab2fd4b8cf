package dev.rapport.importing.linkedin;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Parses the {@code Connected On} column in every form LinkedIn and spreadsheets write
 * it.
 * <p>
 * Always {@link Locale#ENGLISH}: LinkedIn writes English month abbreviations whatever the
 * user's language, and {@code Locale.UK} on recent JDKs expects {@code Sept}, not
 * {@code Sep}. Two-digit years are 20yy. Resolving is strict, so {@code 31 Feb 2020} is
 * an error rather than a silently shifted date, while {@code 29 Feb 2020} is fine.
 */
final class ConnectedOnDates {

	/** The forms a user-facing message names when a date cannot be read. */
	static final String EXPECTED_FORMS = "\"20 Nov 2018\", \"1/8/18, 6:14 PM\" or \"20-Nov-18\"";

	private static final List<DateTimeFormatter> FORMS = List.of(formatter("d MMM uuuu"), // 2018
																							// onwards:
																							// 20
																							// Nov
																							// 2018
			formatter("M/d/uu, h:mm a"), // 2017 and early 2018: 9/21/16, 3:29 AM
			formatter("d-MMM-uu"), // a spreadsheet re-save: 20-Nov-18
			formatter("uuuu-MM-dd")); // a spreadsheet re-save in an ISO locale:
										// 2018-11-20

	private ConnectedOnDates() {
	}

	private static DateTimeFormatter formatter(String pattern) {
		return new DateTimeFormatterBuilder().parseCaseInsensitive()
			.appendPattern(pattern)
			.toFormatter(Locale.ENGLISH)
			.withResolverStyle(ResolverStyle.STRICT);
	}

	/**
	 * The calendar date of a {@code Connected On} value, or empty when there is none.
	 * @throws DateTimeParseException when the value is not a date in any known form
	 */
	static Optional<LocalDate> parse(String value) {
		// Spreadsheets and newer JDKs put a (narrow) no-break space before AM/PM.
		String text = value.replace('\u202F', ' ').replace('\u00A0', ' ').strip();
		if (text.isEmpty()) {
			return Optional.empty();
		}
		for (DateTimeFormatter form : FORMS) {
			try {
				return Optional.of(LocalDate.parse(text, form));
			}
			catch (DateTimeParseException notThisForm) {
				// try the next form
			}
		}
		throw new DateTimeParseException("Not a LinkedIn connection date", text, 0);
	}

}
