package dev.rapport.followup;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.rapport.shared.validation.PlausibleDate;

/**
 * A new or edited follow-up; {@code interactionId} links it to the interaction it came
 * from.
 */
public record FollowUpForm(@NotNull Long contactId, Long interactionId, @NotBlank @Size(max = 200) String title,
		@NotNull @PlausibleDate LocalDate dueOn, @NotNull Side side, Long version) {

	public static FollowUpForm startingOn(LocalDate dueOn, Long contactId, Long interactionId) {
		return new FollowUpForm(contactId, interactionId, "", dueOn, Side.I_OWE, null);
	}

}
