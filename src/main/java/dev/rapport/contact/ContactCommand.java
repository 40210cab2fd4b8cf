package dev.rapport.contact;

import java.time.LocalDate;
import java.util.Collections;
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
 * What {@link ContactService} creates or updates a contact from, whoever asks: the web
 * form and the API request each map onto it. Tags are a set (order kept) and "don't
 * suggest" a plain boolean; the service trims the tags, drops empty and
 * case-insensitively repeated ones, and checks their number and length. The limits are
 * those of {@link ContactForm}, which the page shows as field messages; {@code birthday}
 * is {@code 1990-12-24} or, without the year, {@code --12-24}; {@code version} is the one
 * the client read, or null for a new contact; {@code rhythmDays} is one of
 * {@link Rhythm}'s steps or null ("learn it from our history").
 */
public record ContactCommand(@NotBlank @VisibleName @Size(max = ContactLimits.NAME) String firstName,
		@VisibleName @Size(max = ContactLimits.NAME) String lastName,
		@Email @Size(max = ContactLimits.EMAIL) String email,
		@Size(max = ContactLimits.PHONE) @Pattern(regexp = "^[0-9+()./ \\-]*$",
				message = "{contact.phone.invalid}") String phone,
		@Size(max = ContactLimits.COMPANY) String company, @Size(max = ContactLimits.POSITION) String position,
		@Size(max = ContactLimits.LOCATION) String location, @Size(max = ContactLimits.LINKEDIN_URL) String linkedinUrl,
		@Size(max = ContactLimits.HOW_WE_MET) String howWeMet, @Size(max = ContactLimits.NOTES) String notes,
		@Size(max = YearlyDateText.MAX_LENGTH) @YearlyDateText String birthday,
		@PastOrPresent @PlausibleDate LocalDate knownSince, boolean noSuggest, Set<String> tags, Long version,
		Integer rhythmDays, @Size(max = ContactLimits.LOOKING_FOR) String lookingFor,
		@Size(max = ContactLimits.CAN_HELP_WITH) String canHelpWith) {

	public ContactCommand {
		tags = tags == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(tags));
	}

	/**
	 * A command without the depth fields (no intended rhythm, no "looking for" or "can
	 * help with").
	 */
	public ContactCommand(String firstName, String lastName, String email, String phone, String company,
			String position, String location, String linkedinUrl, String howWeMet, String notes, String birthday,
			LocalDate knownSince, boolean noSuggest, Set<String> tags, Long version) {
		this(firstName, lastName, email, phone, company, position, location, linkedinUrl, howWeMet, notes, birthday,
				knownSince, noSuggest, tags, version, null, null, null);
	}

	/** A new person with only a name; everything else empty. */
	public static ContactCommand named(String firstName, String lastName) {
		return new ContactCommand(firstName, lastName, null, null, null, null, null, null, null, null, null, null,
				false, Set.of(), null);
	}

}
