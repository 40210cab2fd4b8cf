package dev.rapport.importing.linkedin;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One connection as read from {@code Connections.csv}. Text is trimmed and NFC-normalised
 * but otherwise exactly as exported; empty text is an empty string, never {@code null}.
 *
 * @param lineNumber the physical line (1-based) where the record starts in the file
 * @param firstName as exported, possibly empty
 * @param lastName as exported, possibly empty or a placeholder such as {@code .}
 * @param profileUrl the {@linkplain ProfileUrls#normalise normalised} profile URL, if any
 * @param email a plausible email address, if any
 * @param company the current company, possibly empty
 * @param position the current position, possibly empty
 * @param connectedOn when the connection was made, if the export says
 */
public record ConnectionRow(int lineNumber, String firstName, String lastName, @Nullable String profileUrl,
		@Nullable String email, String company, String position, @Nullable LocalDate connectedOn) {

	/**
	 * The key that tells whether two rows, in one file or across imports, are the same
	 * person.
	 */
	public String identityKey() {
		return ConnectionIdentity.keyOf(this);
	}

}
