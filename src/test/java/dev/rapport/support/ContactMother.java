package dev.rapport.support;

import dev.rapport.contact.ContactForm;

/**
 * Contact forms for tests: a plausible person with only the name varying.
 */
public final class ContactMother {

	private ContactMother() {
	}

	public static ContactForm named(String firstName, String lastName) {
		return new ContactForm(firstName, lastName, null, null, null, null, null, null, null, null, null, null, false,
				null, null);
	}

	public static ContactForm withCompany(String firstName, String lastName, String company, String tags) {
		return new ContactForm(firstName, lastName, firstName.toLowerCase() + "@example.com", null, company, null,
				null, null, null, null, null, null, false, tags, null);
	}

}
