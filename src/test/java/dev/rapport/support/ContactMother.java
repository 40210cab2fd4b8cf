package dev.rapport.support;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import dev.rapport.contact.ContactCommand;

/**
 * Contacts for tests: a plausible person with only the name varying.
 */
public final class ContactMother {

	private ContactMother() {
	}

	public static ContactCommand named(String firstName, String lastName) {
		return ContactCommand.named(firstName, lastName);
	}

	/**
	 * @param tags comma-separated, as a user types them
	 */
	public static ContactCommand withCompany(String firstName, String lastName, String company, String tags) {
		return new ContactCommand(firstName, lastName, firstName.toLowerCase() + "@example.com", null, company, null,
				null, null, null, null, null, null, false,
				tags == null ? Set.of() : new LinkedHashSet<>(Arrays.asList(tags.split(","))), null);
	}

}
