package dev.rapport.contact;

/**
 * How the contact list is ordered.
 */
public enum ContactSort {

	NAME, LAST_INTERACTION,

	/** Deepest relationships first: by tier, then depth score; no history last. */
	DEPTH

}
