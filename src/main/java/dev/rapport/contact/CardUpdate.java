package dev.rapport.contact;

import java.time.LocalDate;
import java.util.List;

/**
 * What an address-book import adds to an existing contact, computed by
 * {@link ExistingCard#fillWith}: each single field is {@code null} unless the contact has
 * none yet (and is written only if it still has none); the lists hold what the contact
 * lacks. Applied only at {@code expectedVersion}.
 */
public record CardUpdate(long contactId, long expectedVersion, String sourceUid, String email, String phone,
		String company, String position, String linkedinUrl, String notes, LocalDate birthday,
		String birthdayWithoutYear, List<LabelledValue> newEmails, List<LabelledValue> newPhones,
		List<PostalAddress> newAddresses, List<String> newTags, byte[] photo, List<CardDate> newDates) {

	public CardUpdate {
		newDates = (newDates == null) ? List.of() : List.copyOf(newDates);
	}

	/** An update that adds no dates besides a birthday. */
	public CardUpdate(long contactId, long expectedVersion, String sourceUid, String email, String phone,
			String company, String position, String linkedinUrl, String notes, LocalDate birthday,
			String birthdayWithoutYear, List<LabelledValue> newEmails, List<LabelledValue> newPhones,
			List<PostalAddress> newAddresses, List<String> newTags, byte[] photo) {
		this(contactId, expectedVersion, sourceUid, email, phone, company, position, linkedinUrl, notes, birthday,
				birthdayWithoutYear, newEmails, newPhones, newAddresses, newTags, photo, List.of());
	}

	public boolean changesAnything() {
		return this.sourceUid != null || this.email != null || this.phone != null || this.company != null
				|| this.position != null || this.linkedinUrl != null || this.notes != null || this.birthday != null
				|| this.birthdayWithoutYear != null || !this.newEmails.isEmpty() || !this.newPhones.isEmpty()
				|| !this.newAddresses.isEmpty() || !this.newTags.isEmpty() || this.photo != null
				|| !this.newDates.isEmpty();
	}

	/**
	 * Whether the contact's own row changes (not only its emails, phones, addresses, tags
	 * or photo).
	 */
	public boolean changesContactRow() {
		return this.sourceUid != null || this.email != null || this.phone != null || this.company != null
				|| this.position != null || this.linkedinUrl != null || this.notes != null;
	}

}
