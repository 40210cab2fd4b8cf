package dev.rapport.contact;

/**
 * A contact list request: free text (name, company, email), a tag, archived or active, an order.
 */
public record ContactQuery(String text, String tag, boolean archived, ContactSort sort) {

	public static ContactQuery all() {
		return new ContactQuery(null, null, false, ContactSort.NAME);
	}

}
