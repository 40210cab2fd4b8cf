package dev.rapport.followup;

import java.util.List;

/**
 * The follow-ups page: what is overdue, due soon (see
 * {@link FollowUpService#DUE_SOON_DAYS}), later, and the most recently done, with how
 * many are done in all.
 */
public record FollowUpOverview(List<FollowUpView> overdue, List<FollowUpView> dueSoon, List<FollowUpView> later,
		List<FollowUpView> done, long doneTotal) {

	public boolean isEmpty() {
		return this.overdue.isEmpty() && this.dueSoon.isEmpty() && this.later.isEmpty() && this.done.isEmpty();
	}

	/** Whether the done list shown is only the latest part of a longer one. */
	public boolean moreDone() {
		return this.doneTotal > this.done.size();
	}

}
