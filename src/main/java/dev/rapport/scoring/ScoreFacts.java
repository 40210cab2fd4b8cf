package dev.rapport.scoring;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What a score's explanation says, besides the score.
 *
 * @param richest the past interaction with the largest weight·2^(-age/30): the richest
 * recent one
 * @param recentContacts past rows within the explanation's recent window ("the last 3
 * months")
 * @param recentLiveContacts how many of those were live (meal, coffee, meeting, video,
 * call)
 * @param startedByMe rows of the last year I initiated, introductions and favours
 * excluded
 * @param startedByThem rows of the last year they initiated, introductions and favours
 * excluded
 * @param interactionDays distinct days with a past interaction; read from a stored state,
 * exact below the reciprocity threshold
 * ({@code explanation.min-interaction-days-for-reciprocity}) and possibly fewer than the
 * exact count at or above it (the last year's days only)
 * @param lastDay the latest past interaction day
 * @param lastLiveDay the latest past live interaction day, if any
 * @param modifier the one modifier the sentence names
 */
public record ScoreFacts(ScoredInteraction richest, int recentContacts, int recentLiveContacts, int startedByMe,
		int startedByThem, int interactionDays, LocalDate lastDay, @Nullable LocalDate lastLiveDay, Modifier modifier) {
}
