package dev.rapport.contact.internal;

/**
 * Where a contact came from: typed in by the user, or imported (and so with no history yet).
 */
public enum ContactSource {

	MANUAL, LINKEDIN

}
