package dev.rapport.api;

import java.time.LocalDate;
import java.util.List;

import dev.rapport.contact.ContactDetails;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A contact on the wire. {@code connectedOn} is read-only: it comes from a LinkedIn import.
 */
record ContactResource(long id, String firstName, String lastName, String email, String phone, String company,
		String position, String location, String linkedinUrl, String howWeMet, String notes,
		@Schema(description = "1990-04-02, or --04-02 when the year is not known; also listed under /contacts/{id}/dates") String birthday,
		LocalDate knownSince, LocalDate connectedOn, boolean noSuggest, List<String> tags, long version) {

	static ContactResource of(ContactDetails contact) {
		return new ContactResource(contact.id(), contact.firstName(), contact.lastName(), contact.email(),
				contact.phone(), contact.company(), contact.position(), contact.location(), contact.linkedinUrl(),
				contact.howWeMet(), contact.notes(),
				(contact.birthday() == null) ? null : contact.birthday().toString(), contact.knownSince(), contact.connectedOn(),
				contact.noSuggest(), contact.tags(), contact.version());
	}

}
