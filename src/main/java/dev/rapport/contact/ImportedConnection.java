package dev.rapport.contact;

import java.time.LocalDate;

/**
 * A person as an import found them, ready to become or refresh a contact. Text is
 * trimmed, empty values are {@code null}; {@code importKey} says who they are across
 * imports.
 *
 * @param importKey the identity the importer derived (unique per owner)
 * @param firstName never blank: the importer picks a fallback when the source has no
 * first name
 * @param linkedinUrl an https profile URL, or {@code null}
 */
public record ImportedConnection(String importKey, String firstName, String lastName, String email, String company,
		String position, String linkedinUrl, LocalDate connectedOn) {
}
