package dev.rapport.interaction;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What {@link InteractionService} logs or replaces an interaction from, whoever asks: the
 * page's {@link InteractionForm} and the API's request each map onto it, and other
 * modules (the depth features, the sample data) build it directly. When, what kind, who
 * initiated (for introductions and favours: who gave), with whom, and a few words;
 * {@code version} is the one the client read, or null for a new interaction. The limits
 * are the form's, which the page shows as field messages.
 */
public record InteractionCommand(@NotNull LocalDate date, @NotNull InteractionKind kind, @NotNull Direction direction,
		@NotEmpty(message = "{interaction.participants.required}") @Size(
				max = InteractionCommand.MAX_PARTICIPANTS) List<Long> participantIds,
		@Size(max = InteractionCommand.MAX_SUMMARY) String summary,
		@Size(max = InteractionCommand.MAX_NOTES) String notes, Long version) {

	/** How many people one interaction may have. */
	public static final int MAX_PARTICIPANTS = 50;

	/** The {@code interaction.summary} column's length. */
	public static final int MAX_SUMMARY = 200;

	/** The {@code interaction.notes} column's length. */
	public static final int MAX_NOTES = 10000;

}
