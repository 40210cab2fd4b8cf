package dev.rapport.reconnect;

/**
 * What became of a suggestion during its week.
 */
public enum SuggestionStatus {

	/** Still on the list. */
	OPEN,

	/** The user reconnected (marked done, or logged an interaction that happened). */
	DONE,

	/** Hidden for now; the person is not suggested again for a while. */
	NOT_NOW,

	/** The user asked never to have this person suggested. */
	DONT_SUGGEST,

	/** An interaction with them is planned, so there is nothing to remind. */
	PLANNED;

	public boolean isOpen() {
		return this == OPEN;
	}

}
