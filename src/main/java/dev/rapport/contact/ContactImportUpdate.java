package dev.rapport.contact;

import java.time.LocalDate;

/**
 * The values an import writes into an existing contact, computed by
 * {@link ImportedContact#refreshWith}; applied only if the contact still has {@code expectedVersion}.
 */
public record ContactImportUpdate(long contactId, long expectedVersion, String importKey, String company,
		String position, String importedCompany, String importedPosition, LocalDate connectedOn) {
}
