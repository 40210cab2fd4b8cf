package dev.rapport.importing;

/**
 * The kinds of file the import recognises by their content (never by their name).
 */
public enum ImportFormat {

	/** LinkedIn's {@code Connections.csv}. */
	LINKEDIN,
	/** vCard 2.1, 3.0 or 4.0: phones, Apple Contacts, Google, Nextcloud. */
	VCARD,
	/** Google Contacts' CSV export, of either header generation. */
	GOOGLE_CSV,
	/**
	 * Outlook's CSV export, with English, German, French, Spanish, Italian or Dutch
	 * headers.
	 */
	OUTLOOK_CSV,
	/** Thunderbird's address book exported as comma-separated values. */
	THUNDERBIRD_CSV,
	/** Rapport's own JSON backup. */
	RAPPORT_BACKUP

}
