package dev.rapport.contact;

/**
 * A contact list request: free text (name, company, email), a tag, archived or active, an order,
 * and a tier code from {@link ContactRanking#tiers()} (null for any tier).
 */
public record ContactQuery(String text, String tag, boolean archived, ContactSort sort, String tier) {

	public ContactQuery(String text, String tag, boolean archived, ContactSort sort) {
		this(text, tag, archived, sort, null);
	}

	public static ContactQuery all() {
		return new ContactQuery(null, null, false, ContactSort.NAME);
	}

}
