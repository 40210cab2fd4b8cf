package dev.rapport.contact;

import java.io.Serializable;

/**
 * "How long have you known Ana?": asked once, right after the first interaction logged
 * with a contact who has no "known since". Carried to the next page as a flash attribute
 * (hence serializable) under {@link #FLASH}, where the layout shows it beside the
 * confirmation.
 */
public record KnownSinceQuestion(long contactId, String name) implements Serializable {

	/** The flash attribute (a list of questions) the layout looks for. */
	public static final String FLASH = "knownSinceQuestions";

	/**
	 * Asked about at most this many people at once; a group dinner with ten newcomers
	 * asks about three.
	 */
	public static final int AT_MOST = 3;

}
