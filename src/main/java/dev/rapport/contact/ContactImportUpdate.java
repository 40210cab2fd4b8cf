package dev.rapport.contact;

import java.time.LocalDate;

/**
 * The values an import writes into an existing contact, computed by
 * {@link ImportedContact#refreshWith}; applied only if the contact still has
 * {@code expectedVersion}.
 */
public record ContactImportUpdate(long contactId, long expectedVersion, String importKey, String company,
		String position, String importedCompany, String importedPosition, LocalDate connectedOn) {

	/**
	 * This update with the contact's company (and position) left as they are, while the
	 * imported ones are remembered: a proposed new job waits for the user.
	 */
	ContactImportUpdate holdingJob(String companyBefore, String positionBefore) {
		return new ContactImportUpdate(this.contactId, this.expectedVersion, this.importKey, companyBefore,
				positionBefore, this.importedCompany, this.importedPosition, this.connectedOn);
	}

}
