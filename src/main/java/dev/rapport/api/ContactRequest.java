package dev.rapport.api;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.rapport.contact.ContactCommand;
import dev.rapport.contact.ContactLimits;
import dev.rapport.shared.WebLinks;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A contact as a script sends it: the API's own record, mapped onto the service's
 * {@link ContactCommand} (tags as an array, so no tag is split or joined on the way).
 * What the service would store differently from what was sent is refused first
 * ({@link #wouldBeStoredOtherwise()}). {@code version} is required on updates.
 */
record ContactRequest(String firstName, String lastName, String email, String phone, String company, String position,
		String location, String linkedinUrl, String howWeMet, String notes,
		@Schema(description = "1990-04-02, or --04-02 when the year is not known", example = "--04-02") String birthday,
		LocalDate knownSince, Boolean noSuggest, List<String> tags, Long version,
		@Schema(description = "How often you intend to be in touch, in days: 7, 14, 30, 90, 182 or 365; "
				+ "null (the default) learns it from your history", nullable = true,
				allowableValues = {
						"7", "14", "30", "90", "182", "365" }) Integer rhythmDays,
		@Schema(description = "What they are looking for, in a few words (at most " + ContactLimits.LOOKING_FOR
				+ " characters)", nullable = true) String lookingFor,
		@Schema(description = "What they can help others with, in a few words (at most " + ContactLimits.CAN_HELP_WITH
				+ " characters)", nullable = true) String canHelpWith){

	/**
	 * What the contact service would store differently from what was sent (the pages
	 * accept it and tidy it up; a script gets told): an {@code http://} or scheme-less
	 * link, tags with a comma, spaces around them or a repeat.
	 */
	Map<String, String> wouldBeStoredOtherwise() {
		Map<String, String> problems = new LinkedHashMap<>();
		if (this.linkedinUrl != null && !this.linkedinUrl.isBlank()) {
			String stored = WebLinks.toHttps(this.linkedinUrl);
			if (stored != null && !stored.equals(this.linkedinUrl)
					&& this.linkedinUrl.equals(this.linkedinUrl.trim())) {
				problems.put("linkedinUrl", "must be the https:// address it is stored as: " + stored);
			}
		}
		if (this.tags != null) {
			Set<String> seen = new HashSet<>();
			for (int i = 0; i < this.tags.size(); i++) {
				String tag = this.tags.get(i);
				String field = "tags[" + i + "]";
				if (tag == null || tag.isBlank()) {
					problems.put(field, "must be a tag, not null or blank");
				}
				else if (!tag.equals(tag.trim())) {
					problems.put(field, "must not start or end with spaces");
				}
				else if (tag.contains(",")) {
					problems.put(field, "must not contain a comma");
				}
				else if (!seen.add(tag.toLowerCase(Locale.ROOT))) {
					problems.put(field, "repeats an earlier tag");
				}
			}
		}
		return problems;
	}

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
