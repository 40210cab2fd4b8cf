package dev.rapport.api;

import java.time.LocalDate;
import java.util.List;

import dev.rapport.contact.ContactChannels;
import dev.rapport.contact.ContactDetails;
import dev.rapport.contact.LabelledValue;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A contact on the wire. {@code connectedOn} is read-only: it comes from a LinkedIn
 * import; so are {@code emails} and {@code phones}, which list every address and number
 * an import brought (the primary {@code email}/{@code phone} first).
 */
record ContactResource(@Schema(accessMode = Schema.AccessMode.READ_ONLY) long id, String firstName, String lastName,
		@Schema(description = "The primary email", nullable = true) String email,
		@Schema(description = "The primary phone number", nullable = true) String phone, String company,
		String position, String location, String linkedinUrl, String howWeMet, String notes,
		@Schema(description = "1990-04-02, or --04-02 when the year is not known; also listed under /contacts/{id}/dates") String birthday,
		LocalDate knownSince,
		@Schema(accessMode = Schema.AccessMode.READ_ONLY,
				description = "When you connected on LinkedIn; set only by an import") LocalDate connectedOn,
		boolean noSuggest, List<String> tags, long version,
		@Schema(description = "Intended rhythm in days (7, 14, 30, 90, 182, 365); null: learned from the history",
				nullable = true) Integer rhythmDays,
		@Schema(nullable = true) String lookingFor, @Schema(nullable = true) String canHelpWith,
		@Schema(description = "Every email with its label, the primary one first (read-only)",
				accessMode = Schema.AccessMode.READ_ONLY) List<Labelled> emails,
		@Schema(description = "Every phone number with its label, the primary one first (read-only)",
				accessMode = Schema.AccessMode.READ_ONLY) List<Labelled> phones) {

	static ContactResource of(ContactDetails contact, ContactChannels channels) {
		return new ContactResource(contact.id(), contact.firstName(), contact.lastName(), contact.email(),
				contact.phone(), contact.company(), contact.position(), contact.location(), contact.linkedinUrl(),
				contact.howWeMet(), contact.notes(),
				(contact.birthday() == null) ? null : contact.birthday().toString(), contact.knownSince(),
				contact.connectedOn(), contact.noSuggest(), contact.tags(), contact.version(), contact.rhythmDays(),
				contact.lookingFor(), contact.canHelpWith(), Labelled.of(channels.emails()),
				Labelled.of(channels.phones()));
	}

	/**
	 * An email or phone number with its label ("home", "work", "mobile", ...; null for
	 * none).
	 */
	record Labelled(@Schema(nullable = true) String label, String value) {

		static List<Labelled> of(List<LabelledValue> values) {
			return values.stream().map(value -> new Labelled(value.label(), value.value())).toList();
		}

	}

}
