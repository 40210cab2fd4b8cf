package dev.rapport.followup;

import java.time.LocalDate;

import dev.rapport.contact.ContactRef;

/**
 * A follow-up as pages show it; {@code overdue} and {@code suggestedSnooze} (a week after the later
 * of today and the due date) are relative to the owner's today.
 */
public record FollowUpView(long id, ContactRef contact, Long interactionId, String title, LocalDate dueOn, Side side,
		LocalDate completedOn, boolean overdue, LocalDate suggestedSnooze, long version) {

	public boolean done() {
		return this.completedOn != null;
	}

}
