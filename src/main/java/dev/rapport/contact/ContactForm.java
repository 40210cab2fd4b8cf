package dev.rapport.contact;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.rapport.shared.validation.PlausibleDate;
import dev.rapport.shared.validation.VisibleName;

/**
 * The contact form of the pages: everything a user can type about a contact, with the
 * limits the page shows as field messages (the same as {@link ContactCommand}'s and the
 * database's). {@code tags} is one comma-separated text field; {@code version} is the one
 * the form was rendered with; a missing {@code noSuggest} means false.
 * {@link #toCommand()} turns it into what the service takes. {@code birthday} is
 * {@code 1990-12-24}, or {@code --12-24} when the year is not known; it is kept as the
 * contact's {@link DateKind#BIRTHDAY} important date. {@code rhythmDays} is one of
 * {@link Rhythm}'s steps or null ("learn it from our history").
 */
public record ContactForm(@NotBlank @VisibleName @Size(max = ContactLimits.NAME) String firstName,
		@VisibleName @Size(max = ContactLimits.NAME) String lastName,
		@Email @Size(max = ContactLimits.EMAIL) String email,
		@Size(max = ContactLimits.PHONE) @Pattern(regexp = "^[0-9+()./ \\-]*$",
				message = "{contact.phone.invalid}") String phone,
		@Size(max = ContactLimits.COMPANY) String company, @Size(max = ContactLimits.POSITION) String position,
		@Size(max = ContactLimits.LOCATION) String location, @Size(max = ContactLimits.LINKEDIN_URL) String linkedinUrl,
		@Size(max = ContactLimits.HOW_WE_MET) String howWeMet, @Size(max = ContactLimits.NOTES) String notes,
		@Size(max = YearlyDateText.MAX_LENGTH) @YearlyDateText String birthday,
		@KnownSinceFormat @PastOrPresent(message = "{contact.knownSince.future}") @PlausibleDate LocalDate knownSince,
		Boolean noSuggest, @Size(max = 500) String tags, Long version, Integer rhythmDays,
		@Size(max = ContactLimits.LOOKING_FOR) String lookingFor,
		@Size(max = ContactLimits.CAN_HELP_WITH) String canHelpWith) {

	/**
	 * A form without the depth fields (no intended rhythm, no "looking for" or "can help
	 * with").
	 */
	public ContactForm(String firstName, String lastName, String email, String phone, String company, String position,
			String location, String linkedinUrl, String howWeMet, String notes, String birthday, LocalDate knownSince,
			Boolean noSuggest, String tags, Long version) {
		this(firstName, lastName, email, phone, company, position, location, linkedinUrl, howWeMet, notes, birthday,
				knownSince, noSuggest, tags, version, null, null, null);
	}

	public boolean suggestionsOff() {
		return Boolean.TRUE.equals(this.noSuggest);
	}

	/**
	 * The command the service takes: the tag text split at commas, a missing "don't
	 * suggest" false.
	 */
	public ContactCommand toCommand() {
		Set<String> tagSet = new LinkedHashSet<>();
		if (this.tags != null) {
			for (String tag : this.tags.split(",")) {
				tagSet.add(tag);
			}
		}
		return new ContactCommand(this.firstName, this.lastName, this.email, this.phone, this.company, this.position,
				this.location, this.linkedinUrl, this.howWeMet, this.notes, this.birthday, this.knownSince,
				suggestionsOff(), tagSet, this.version, this.rhythmDays, this.lookingFor, this.canHelpWith);
	}

	public static ContactForm empty() {
		return new ContactForm("", "", "", "", "", "", "", "", "", "", null, null, false, "", null);
	}

}
