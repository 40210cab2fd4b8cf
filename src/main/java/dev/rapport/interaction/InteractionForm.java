package dev.rapport.interaction;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a user logs: when, what kind, who initiated (for introductions and favours: who
 * gave), with whom, and a few words. {@code version} is the one an edit form was rendered
 * with.
 */
public record InteractionForm(@NotNull LocalDate date, @NotNull InteractionKind kind, @NotNull Direction direction,
		@NotEmpty(message = "{interaction.participants.required}") @Size(max = 50) List<Long> participantIds,
		@Size(max = 200) String summary, @Size(max = 10000) String notes, Long version) {

	public static InteractionForm startingOn(LocalDate date, List<Long> participantIds) {
		return new InteractionForm(date, InteractionKind.COFFEE, Direction.MUTUAL, participantIds, "", "", null);
	}

}
