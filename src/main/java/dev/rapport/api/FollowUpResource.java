package dev.rapport.api;

import java.time.LocalDate;

import dev.rapport.followup.FollowUpView;
import dev.rapport.followup.Side;

/**
 * A follow-up on the wire; {@code completedOn} is null while it is open, and {@code overdue} is
 * relative to the owner's today.
 */
record FollowUpResource(long id, long contactId, Long interactionId, String title, LocalDate dueOn, Side side,
		LocalDate completedOn, boolean overdue, long version) {

	static FollowUpResource of(FollowUpView followUp) {
		return new FollowUpResource(followUp.id(), followUp.contact().id(), followUp.interactionId(),
				followUp.title(), followUp.dueOn(), followUp.side(), followUp.completedOn(), followUp.overdue(),
				followUp.version());
	}

}
