package dev.rapport.contact;

/**
 * A contact list request: free text (name, company, email), a tag, archived or active, an
 * order, a tier code from {@link ContactRanking#tiers()} (null for any tier), and
 * optionally only imported people nothing has been logged with yet
 * ({@code importedWithoutHistory}), the ones to pick from after an import.
 */
public record ContactQuery(String text, String tag, boolean archived, ContactSort sort, String tier,
		boolean importedWithoutHistory) {

	public ContactQuery(String text, String tag, boolean archived, ContactSort sort) {
		this(text, tag, archived, sort, null, false);
	}

	public static ContactQuery all() {
		return new ContactQuery(null, null, false, ContactSort.NAME);
	}

}
