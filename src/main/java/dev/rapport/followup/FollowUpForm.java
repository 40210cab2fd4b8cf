package dev.rapport.followup;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.rapport.shared.validation.PlausibleDate;

/**
 * The new and edit follow-up form of the pages, with the limits the page shows as field
 * messages (those of {@link FollowUpCommand}); {@code interactionId} links it to the
 * interaction it came from. {@link #toCommand()} turns it into what the service takes.
 */
public record FollowUpForm(@NotNull Long contactId, Long interactionId,
		@NotBlank @Size(max = FollowUpCommand.MAX_TITLE) String title, @NotNull @PlausibleDate LocalDate dueOn,
		@NotNull Side side, Long version) {

	public static FollowUpForm startingOn(LocalDate dueOn, Long contactId, Long interactionId) {
		return new FollowUpForm(contactId, interactionId, "", dueOn, Side.I_OWE, null);
	}

	public FollowUpCommand toCommand() {
		return new FollowUpCommand(this.contactId, this.interactionId, this.title, this.dueOn, this.side, this.version);
	}

}
