package dev.rapport.scoring;

/**
 * The one thing that most explains a score beyond recency: the last clause of the
 * explanation. The point effects are exact: the score minus the score recomputed with
 * that part neutralised.
 */
public sealed interface Modifier {

	/** No interaction for longer than the dormancy limit. */
	record Dormant(long silentDays) implements Modifier {
	}

	/**
	 * B would reach a higher tier, but there was no live contact within
	 * {@code windowDays}.
	 */
	record LiveContactCap(Tier cappedAt, int windowDays) implements Modifier {
	}

	/** Contact mostly started by one side; {@code points} is negative. */
	record OneSided(int startedByMe, int startedByThem, double points) implements Modifier {
	}

	/** A relationship younger than the tenure ramp; {@code points} is negative. */
	record StillNew(long knownDays, double points) implements Modifier {
	}

	/** Introductions or favours went both ways this year; {@code points} is positive. */
	record HelpingEachOther(double points) implements Modifier {
	}

	/** Nothing moves the score by enough to mention. */
	record Steady() implements Modifier {
	}

}
