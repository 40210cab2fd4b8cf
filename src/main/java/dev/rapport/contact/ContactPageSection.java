package dev.rapport.contact;

import dev.rapport.account.Owner;

/**
 * A part of the contact page served by another module (the timeline, follow-ups, the
 * score). The page renders {@code ~{template :: section(data)}} for each, in
 * {@link #order()}.
 */
public interface ContactPageSection {

	int order();

	/**
	 * What to render for this contact of this owner (and their today); the contact is
	 * known to exist.
	 */
	View render(Owner owner, long contactId);

	record View(String template, Object data) {
	}

}
