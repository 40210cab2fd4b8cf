package dev.rapport.reconnect;

/**
 * What {@link ReconnectService#settle} did with a request to settle a suggestion, so the
 * page and the API answer by the same rules and differ only in how they say it.
 */
public enum SettleOutcome {

	/** The suggestion was open and now has the status asked for. */
	SETTLED,

	/** It already had that status: asking twice changes nothing and is not an error. */
	ALREADY_SO,

	/** It was already settled otherwise (or by a planned interaction); it keeps that. */
	SETTLED_OTHERWISE,

	/** It is on a past week's list, which only records how that week ended. */
	NOT_THIS_WEEK;

	/** Whether the suggestion now has the status that was asked for. */
	public boolean hasAskedStatus() {
		return this == SETTLED || this == ALREADY_SO;
	}

}
