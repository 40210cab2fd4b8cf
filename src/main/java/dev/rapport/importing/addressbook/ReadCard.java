package dev.rapport.importing.addressbook;

import dev.rapport.contact.ContactCard;

/**
 * One entry of an address book as the import sees it: a person ready to become or
 * complete a contact, or a skipped entry with a name to show (possibly {@code null}).
 *
 * @param line where the entry starts in the file
 * @param card the cleaned person, or {@code null} when the entry is skipped
 * @param skipped why it is skipped, or {@code null}
 */
public record ReadCard(int line, ContactCard card, SkipReason skipped) {

	/** Why an address-book entry becomes no contact. */
	public enum SkipReason {

		/**
		 * Neither a name nor an email address, phone number or company: nothing to call
		 * the person by.
		 */
		NO_NAME_OR_CONTACT

	}

}
