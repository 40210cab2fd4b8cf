package dev.rapport.followup;

import java.util.List;

/**
 * The follow-ups page: what is overdue, due this week (to Sunday), later, and recently done.
 */
public record FollowUpOverview(List<FollowUpView> overdue, List<FollowUpView> dueThisWeek, List<FollowUpView> later,
		List<FollowUpView> done) {

	public boolean isEmpty() {
		return this.overdue.isEmpty() && this.dueThisWeek.isEmpty() && this.later.isEmpty() && this.done.isEmpty();
	}

}
