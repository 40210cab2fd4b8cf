package dev.rapport.api;

import java.time.LocalDate;

import dev.rapport.followup.FollowUpView;
import dev.rapport.followup.Side;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A follow-up on the wire; {@code completedOn} is null while it is open, and
 * {@code overdue} is relative to the owner's today.
 */
record FollowUpResource(@Schema(accessMode = Schema.AccessMode.READ_ONLY) long id, long contactId, Long interactionId,
		String title, LocalDate dueOn, Side side,
		@Schema(accessMode = Schema.AccessMode.READ_ONLY) LocalDate completedOn,
		@Schema(accessMode = Schema.AccessMode.READ_ONLY) boolean overdue, long version) {

	static FollowUpResource of(FollowUpView followUp) {
		return new FollowUpResource(followUp.id(), followUp.contact().id(), followUp.interactionId(), followUp.title(),
				followUp.dueOn(), followUp.side(), followUp.completedOn(), followUp.overdue(), followUp.version());
	}

}
