package dev.rapport.scoring;

import java.util.Comparator;

import org.jspecify.annotations.Nullable;

/**
 * A relationship's scores on one day: the depth score S (shown), the bond score B (slow,
 * drives tiers) and the tier. Both scores are unrounded and null when there is no past
 * interaction: no history is not the same as a score of 0.
 */
public record ScoreReading(Tier tier, @Nullable Double depth, @Nullable Double bond) {

	/** List order: by tier, then deepest first; no history comes last. */
	public static final Comparator<ScoreReading> LIST_ORDER = Comparator.comparing(ScoreReading::tier)
		.thenComparing(ScoreReading::depth, Comparator.nullsLast(Comparator.reverseOrder()));

	private static final ScoreReading NO_HISTORY = new ScoreReading(Tier.NO_HISTORY, null, null);

	public ScoreReading {
		if ((depth == null || bond == null) != (tier == Tier.NO_HISTORY)) {
			throw new IllegalArgumentException("Scores are null exactly when there is no history");
		}
	}

	public static ScoreReading noHistory() {
		return NO_HISTORY;
	}

	public boolean hasHistory() {
		return this.tier.hasHistory();
	}

}
