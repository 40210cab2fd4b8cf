package dev.rapport.contact;

import java.util.Locale;

/**
 * The stored form of a name that the contact list sorts by: the name lower-cased, null
 * for no name. The list orders by first name, then last name, then id, ignoring case;
 * keeping these keys in their own indexed columns ({@code sort_first}, {@code sort_last})
 * lets the database read one page of the list through an index instead of sorting every
 * contact of the owner for each page (databases like H2 cannot index an expression such
 * as {@code lower(first_name)}). Every writer of a contact's name stores both keys
 * computed here: the entity, the LinkedIn and address-book imports, the backup restore,
 * the benchmark loaders.
 */
public final class NameSortKey {

	private NameSortKey() {
	}

	/** The key of a first or last name, as the list compares it. */
	public static String of(String name) {
		return (name == null) ? null : name.toLowerCase(Locale.ROOT);
	}

}
