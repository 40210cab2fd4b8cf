package dev.rapport.scoring;

/**
 * How close a relationship is, from the bond score B and recent live contact. Declared in
 * list order: lists sort by tier first, so dormant and no-history contacts come last. Its
 * names are the {@code tier.*} messages of the scoring bundle.
 */
public enum Tier {

	INNER_CIRCLE, CLOSE, ACTIVE, ACQUAINTANCE, DORMANT, NO_HISTORY;

	/**
	 * The message key of the tier's name ({@code tier.CLOSE}: "Close"), the one source of
	 * its words for every page.
	 */
	public String messageKey() {
		return "tier." + name();
	}

	/** Contacts without any past interaction have no score and are never suggested. */
	public boolean hasHistory() {
		return this != NO_HISTORY;
	}

}
