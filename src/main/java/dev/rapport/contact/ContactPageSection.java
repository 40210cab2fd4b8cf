package dev.rapport.contact;

/**
 * A part of the contact page served by another module (the timeline, follow-ups, the
 * score). The page renders {@code ~{template :: section(data)}} for each, in
 * {@link #order()}.
 */
public interface ContactPageSection {

	int order();

	/**
	 * What to render for this contact of this owner; the contact is known to exist.
	 */
	View render(long ownerId, long contactId);

	record View(String template, Object data) {
	}

}
