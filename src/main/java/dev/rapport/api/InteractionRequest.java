package dev.rapport.api;

import java.time.LocalDate;
import java.util.List;

import dev.rapport.interaction.Direction;
import dev.rapport.interaction.InteractionCommand;
import dev.rapport.interaction.InteractionKind;

/**
 * An interaction as a script sends it: the API's own record, mapped onto the service's
 * {@link InteractionCommand}, which holds the constraints (the same as the page's form: a
 * planned date at most a year ahead, participants of the owner's). {@code version} is
 * required on updates.
 */
record InteractionRequest(LocalDate date, InteractionKind kind, Direction direction, List<Long> participantIds,
		String summary, String notes, Long version) {

	InteractionCommand toCommand() {
		return new InteractionCommand(this.date, this.kind, this.direction, this.participantIds, this.summary,
				this.notes, this.version);
	}

}
