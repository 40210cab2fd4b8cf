package dev.rapport.api;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import dev.rapport.contact.ContactCommand;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A contact as a script sends it: the API's own record, mapped onto the service's
 * {@link ContactCommand} (tags as an array, so no tag is split or joined on the way).
 * {@code version} is required on updates.
 */
record ContactRequest(String firstName, String lastName, String email, String phone, String company,
		String position, String location, String linkedinUrl, String howWeMet, String notes,
		@Schema(description = "1990-04-02, or --04-02 when the year is not known", example = "--04-02") String birthday,
		LocalDate knownSince, Boolean noSuggest, List<String> tags, Long version,
		@Schema(description = "How often you intend to be in touch, in days: 7, 14, 30, 90, 182 or 365; "
				+ "null (the default) learns it from your history", nullable = true) Integer rhythmDays,
		@Schema(description = "What they are looking for, in a few words (at most 500 characters)",
				nullable = true) String lookingFor,
		@Schema(description = "What they can help others with, in a few words (at most 500 characters)",
				nullable = true) String canHelpWith) {

	ContactCommand toCommand() {
		Set<String> tagSet = new LinkedHashSet<>();
		if (this.tags != null) {
			this.tags.stream().filter(Objects::nonNull).forEach(tagSet::add);
		}
		return new ContactCommand(this.firstName, this.lastName, this.email, this.phone, this.company, this.position,
				this.location, this.linkedinUrl, this.howWeMet, this.notes, this.birthday, this.knownSince,
				Boolean.TRUE.equals(this.noSuggest), tagSet, this.version, this.rhythmDays, this.lookingFor,
				this.canHelpWith);
	}

}
