package dev.rapport.contact;

/**
 * How long each stored contact text may be, in characters: the sizes of the
 * {@code contact} table's columns, stated once for the form and API validation, merging
 * and the importers (which shorten what they read to fit). {@code ContactLimitsTests}
 * compares them with the database, so a migration that changes a column fails the build
 * until this class follows.
 */
public final class ContactLimits {

	public static final int NAME = 100;

	public static final int EMAIL = 254;

	public static final int PHONE = 50;

	public static final int COMPANY = 200;

	public static final int POSITION = 200;

	public static final int LOCATION = 200;

	public static final int LINKEDIN_URL = 500;

	public static final int HOW_WE_MET = 1_000;

	public static final int NOTES = 10_000;

	public static final int LOOKING_FOR = 500;

	public static final int CAN_HELP_WITH = 500;

	/** The identity an import derives from a URL, an email or the names. */
	public static final int IMPORT_KEY = 1_000;

	/** An address book's own id for a card. */
	public static final int SOURCE_UID = 500;

	private ContactLimits() {
	}

}
