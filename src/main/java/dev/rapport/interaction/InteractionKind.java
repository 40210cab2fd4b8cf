package dev.rapport.interaction;

/**
 * What kind of contact an interaction was. Richer, in-person kinds bond more; their
 * weights live in the scoring configuration, not here.
 */
public enum InteractionKind {

	MEAL, COFFEE, MEETING, VIDEO, CALL, MESSAGE, EMAIL, SOCIAL, INTRODUCTION, FAVOUR;

	/**
	 * Meals, coffees, meetings, video and voice calls: the contact that keeps a tie
	 * alive.
	 */
	public boolean isLive() {
		return switch (this) {
			case MEAL, COFFEE, MEETING, VIDEO, CALL -> true;
			default -> false;
		};
	}

	/** Meals, coffees and meetings in person: sitting down together, "breaking bread". */
	public boolean isBreakingBread() {
		return this == MEAL || this == COFFEE || this == MEETING;
	}

	/** Messages, emails and social touches: keeping in touch without a conversation. */
	public boolean isTextOnly() {
		return this == MESSAGE || this == EMAIL || this == SOCIAL;
	}

	/**
	 * Introductions and favours are services: their direction says who gave, not who
	 * called.
	 */
	public boolean isService() {
		return this == INTRODUCTION || this == FAVOUR;
	}

}
