package dev.rapport.contact;

/**
 * How long each stored contact text may be, in characters: the sizes of the columns of
 * {@code contact} and of the tables that hang off it (tags, important dates, the emails,
 * phones and postal addresses an address book holds), stated once for the form and API
 * validation, merging and the importers (which shorten what they read to fit).
 * {@code ContactLimitsTests} compares them with the database (H2, and PostgreSQL when the
 * build has one), so a migration that changes a column fails the build until this class
 * follows.
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

	/** One tag ({@code contact_tag.tag}). */
	public static final int TAG = 50;

	/**
	 * An important date's own label, such as "Name day" ({@code important_date.label}).
	 */
	public static final int DATE_LABEL = 100;

	/**
	 * The label an address book gives an email, a phone or a postal address ("work",
	 * "home").
	 */
	public static final int VALUE_LABEL = 50;

	/** A postal address's street lines. */
	public static final int STREET = 500;

	/** A postal address's town or city. */
	public static final int LOCALITY = 200;

	/** A postal address's state, province or county. */
	public static final int REGION = 200;

	public static final int POSTAL_CODE = 50;

	public static final int COUNTRY = 200;

	private ContactLimits() {
	}

}
