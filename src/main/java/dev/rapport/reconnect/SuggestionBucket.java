package dev.rapport.reconnect;

/**
 * The three parts of the weekly list, in the order they are shown.
 */
public enum SuggestionBucket {

	/** They reached out last and are waiting for an answer. */
	OWED_REPLY,

	/** A live relationship past its usual rhythm. */
	KEEP_WARM,

	/** A dormant relationship that once was strong. */
	REKINDLE

}
