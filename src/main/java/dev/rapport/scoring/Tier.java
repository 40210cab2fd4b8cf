package dev.rapport.scoring;

/**
 * How close a relationship is, from the bond score B and recent live contact. Declared in
 * list order: lists sort by tier first, so dormant and no-history contacts come last.
 */
public enum Tier {

	INNER_CIRCLE("Inner circle"), CLOSE("Close"), ACTIVE("Active"), ACQUAINTANCE("Acquaintance"), DORMANT("Dormant"),
	NO_HISTORY("No history");

	private final String label;

	Tier(String label) {
		this.label = label;
	}

	/** The English name shown to the user. */
	public String label() {
		return this.label;
	}

	/** Contacts without any past interaction have no score and are never suggested. */
	public boolean hasHistory() {
		return this != NO_HISTORY;
	}

}
