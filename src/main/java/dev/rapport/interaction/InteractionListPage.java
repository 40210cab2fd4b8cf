package dev.rapport.interaction;

import java.util.List;

/**
 * One page of the interaction list, newest first, and where the pages beside it start:
 * {@code olderThan} is the id of this page's last interaction when older ones exist,
 * {@code newerThan} the id of its first when newer ones exist (null when there are none).
 * How many there are in all is not counted: that count was what made the list slow.
 */
public record InteractionListPage(List<InteractionView> interactions, Long olderThan, Long newerThan) {

	public boolean isEmpty() {
		return this.interactions.isEmpty();
	}

	/** Whether this is the newest page (nothing newer to go back to). */
	public boolean isNewest() {
		return this.newerThan == null;
	}

}
