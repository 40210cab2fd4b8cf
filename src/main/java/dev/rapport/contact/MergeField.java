package dev.rapport.contact;

/**
 * The values of two duplicates the user chooses between when merging them. Everything
 * else is combined: tags, emails, phones, addresses and dates of both are kept, as are
 * interactions and follow-ups and every other row that belongs to either contact.
 */
public enum MergeField {

	/**
	 * First and last name together, so a name is never half one card and half the other.
	 */
	NAME, EMAIL, PHONE, COMPANY, POSITION, LOCATION, LINKEDIN_URL, BIRTHDAY, KNOWN_SINCE, HOW_WE_MET, NOTES, RHYTHM,
	LOOKING_FOR, CAN_HELP_WITH, PHOTO;

	/** Free text where keeping both (one after the other) makes sense. */
	public boolean canKeepBoth() {
		return this == NOTES || this == HOW_WE_MET;
	}

}
