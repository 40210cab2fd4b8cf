package dev.rapport.interaction;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The log and edit form of the pages: when, what kind, who initiated (for introductions
 * and favours: who gave), with whom, and a few words, with the limits the page shows as
 * field messages (those of {@link InteractionCommand}). {@code version} is the one an
 * edit form was rendered with. {@link #toCommand()} turns it into what the service takes.
 */
public record InteractionForm(@NotNull LocalDate date, @NotNull InteractionKind kind, @NotNull Direction direction,
		@NotEmpty(message = "{interaction.participants.required}") @Size(
				max = InteractionCommand.MAX_PARTICIPANTS) List<Long> participantIds,
		@Size(max = InteractionCommand.MAX_SUMMARY) String summary,
		@Size(max = InteractionCommand.MAX_NOTES) String notes, Long version) {

	public static InteractionForm startingOn(LocalDate date, List<Long> participantIds) {
		return new InteractionForm(date, InteractionKind.COFFEE, Direction.MUTUAL, participantIds, "", "", null);
	}

	public InteractionCommand toCommand() {
		return new InteractionCommand(this.date, this.kind, this.direction, this.participantIds, this.summary,
				this.notes, this.version);
	}

}
