package dev.rapport.reconnect;

/**
 * The facts behind one suggestion's sentence; which ones matter depends on the bucket.
 * @param bucket why the person is on the list
 * @param daysSinceLast whole days since the last past interaction
 * @param daysSinceTheirs for an owed reply: days since their latest message or call
 * @param theirsWasService for an owed reply: their latest was an introduction or favour
 * @param cadenceDays for keep warm: the usual rhythm in days
 * @param overdue for keep warm: days since last divided by the rhythm
 */
public record SuggestionReason(SuggestionBucket bucket, long daysSinceLast, long daysSinceTheirs,
		boolean theirsWasService, double cadenceDays, double overdue) {
}
