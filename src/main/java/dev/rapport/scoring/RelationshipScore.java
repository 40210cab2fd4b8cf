package dev.rapport.scoring;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A relationship's score on {@code asOf} with the facts its explanation needs; the facts
 * are null exactly when there is no history.
 */
public record RelationshipScore(LocalDate asOf, ScoreReading reading, @Nullable ScoreFacts facts) {

	public RelationshipScore {
		if ((facts == null) == reading.hasHistory()) {
			throw new IllegalArgumentException("Facts are present exactly when there is history");
		}
	}

	public Tier tier() {
		return this.reading.tier();
	}

	/** The depth score S, unrounded; null without history. */
	public @Nullable Double depth() {
		return this.reading.depth();
	}

	/** The bond score B, unrounded; null without history. */
	public @Nullable Double bond() {
		return this.reading.bond();
	}

	public boolean hasHistory() {
		return this.reading.hasHistory();
	}

}
