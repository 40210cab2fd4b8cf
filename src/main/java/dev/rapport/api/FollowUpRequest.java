package dev.rapport.api;

import java.time.LocalDate;

import dev.rapport.followup.FollowUpCommand;
import dev.rapport.followup.Side;

/**
 * A follow-up as a script sends it: the API's own record, mapped onto the service's
 * {@link FollowUpCommand}, which holds the constraints (the same as the page's form).
 * {@code version} is required on updates.
 */
record FollowUpRequest(Long contactId, Long interactionId, String title, LocalDate dueOn, Side side, Long version) {

	FollowUpCommand toCommand() {
		return new FollowUpCommand(this.contactId, this.interactionId, this.title, this.dueOn, this.side, this.version);
	}

}
