package dev.rapport.followup;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.rapport.shared.validation.PlausibleDate;

/**
 * What {@link FollowUpService} creates, replaces or restores a follow-up from, whoever
 * asks: the page's {@link FollowUpForm} and the API's request each map onto it, and the
 * depth features and the sample data build it directly. {@code interactionId} links it to
 * the interaction it came from; {@code version} is the one the client read, or null for a
 * new follow-up. The limits are the form's, which the page shows as field messages.
 */
public record FollowUpCommand(@NotNull Long contactId, Long interactionId,
		@NotBlank @Size(max = FollowUpCommand.MAX_TITLE) String title, @NotNull @PlausibleDate LocalDate dueOn,
		@NotNull Side side, Long version) {

	/** The {@code follow_up.title} column's length. */
	public static final int MAX_TITLE = 200;

}
