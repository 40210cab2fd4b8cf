package dev.rapport.api;

import java.time.LocalDate;

import dev.rapport.scoring.RelationshipScore;
import dev.rapport.scoring.ScoreFacts;
import dev.rapport.scoring.Tier;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A contact's relationship score on the owner's today. Scores are rounded to one decimal:
 * the pages show whole numbers, and more digits would promise a precision the model does
 * not have. Without a past interaction both scores are null (no history is not a score of
 * 0).
 */
record ScoreResource(
		@Schema(description = "Depth score S, 0-100, rounded to one decimal; null without history",
				nullable = true) Double score,
		@Schema(description = "Bond score B, 0-100, rounded to one decimal; it drives the tier; null without history",
				nullable = true) Double bond,
		Tier tier, @Schema(description = "One sentence saying why, in English") String explanation,
		@Schema(description = "Interactions of the last year I started (introductions and favours excluded)") int initiatedByMe,
		@Schema(description = "Interactions of the last year they started (introductions and favours excluded)") int initiatedByThem,
		@Schema(description = "The day of the latest meal, coffee or in-person meeting (planned ones excluded); "
				+ "null when you never broke bread", nullable = true) LocalDate lastBrokeBread) {

	static ScoreResource of(RelationshipScore score, String explanation, LocalDate lastBrokeBread) {
		ScoreFacts facts = score.facts();
		return new ScoreResource(rounded(score.depth()), rounded(score.bond()), score.tier(), explanation,
				(facts != null) ? facts.startedByMe() : 0, (facts != null) ? facts.startedByThem() : 0, lastBrokeBread);
	}

	private static Double rounded(Double value) {
		return (value != null) ? Math.round(value * 10) / 10.0 : null;
	}

}
