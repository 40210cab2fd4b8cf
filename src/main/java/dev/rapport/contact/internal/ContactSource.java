package dev.rapport.contact.internal;

/**
 * Where a contact came from: typed in by the user, or imported from LinkedIn or an
 * address book (and so with no history yet), or restored from a backup.
 */
public enum ContactSource {

	MANUAL, LINKEDIN, ADDRESS_BOOK, BACKUP

}
