package dev.rapport.contact;

import java.time.LocalDate;
import java.util.List;

/**
 * A contact as the contact page shows it.
 */
public record ContactDetails(long id, String firstName, String lastName, String displayName, String email, String phone,
		String company, String position, String location, String linkedinUrl, String howWeMet, String notes,
		YearlyDate birthday, LocalDate knownSince, LocalDate connectedOn, boolean noSuggest, boolean archived,
		List<String> tags, LocalDate lastInteractionOn, long version, Integer rhythmDays, String lookingFor,
		String canHelpWith) {

	public ContactForm toForm() {
		return new ContactForm(this.firstName, this.lastName, this.email, this.phone, this.company, this.position,
				this.location, this.linkedinUrl, this.howWeMet, this.notes,
				(this.birthday == null) ? null : this.birthday.toString(), this.knownSince, this.noSuggest,
				String.join(", ", this.tags), this.version, this.rhythmDays, this.lookingFor, this.canHelpWith);
	}

}
