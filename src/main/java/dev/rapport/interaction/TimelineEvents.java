package dev.rapport.interaction;

import java.time.LocalDate;
import java.util.List;

/**
 * Something other than an interaction that belongs on a contact's timeline (a life
 * event), served by another module so this one depends on none of them. The timeline
 * interleaves them by date.
 */
public interface TimelineEvents {

	List<Entry> eventsOf(long ownerId, long contactId);

	/**
	 * One dated line of the timeline.
	 *
	 * @param label what happened, already in the user's language
	 * @param note a few words the user wrote, or null
	 */
	record Entry(LocalDate date, String label, String note) {
	}

}
