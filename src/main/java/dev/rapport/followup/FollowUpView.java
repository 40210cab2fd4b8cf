package dev.rapport.followup;

import java.time.LocalDate;
import java.util.List;

import dev.rapport.contact.ContactRef;

/**
 * A follow-up as pages show it; {@code overdue}, {@code suggestedSnooze} (a week after
 * the later of today and the due date, the date picker's default) and the one-tap
 * {@code snoozeOptions} are relative to the owner's today.
 */
public record FollowUpView(long id, ContactRef contact, Long interactionId, String title, LocalDate dueOn, Side side,
		LocalDate completedOn, boolean overdue, LocalDate suggestedSnooze, List<SnoozeOption> snoozeOptions,
		long version) {

	public boolean done() {
		return this.completedOn != null;
	}

	/** The form that edits this follow-up, carrying the version it was read at. */
	public FollowUpForm toForm() {
		return new FollowUpForm(this.contact.id(), this.interactionId, this.title, this.dueOn, this.side, this.version);
	}

}
