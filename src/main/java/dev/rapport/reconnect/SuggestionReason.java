package dev.rapport.reconnect;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The facts behind one suggestion's sentence; which ones matter depends on the bucket.
 *
 * @param bucket why the person is on the list
 * @param daysSinceLast whole days since the last past interaction
 * @param daysSinceTheirs for an owed reply: days since their latest message or call
 * @param theirsWasService for an owed reply: their latest was an introduction or favour
 * @param cadenceDays for keep warm: the usual rhythm in days
 * @param overdue for keep warm: days since last divided by the rhythm
 * @param intended for keep warm: the rhythm is the one the user chose, not a learned one
 * @param textOnlySince for keep warm: since when only messages, emails or social touches
 * were exchanged, when that suggests a step up the ladder (a call or a coffee); null
 * otherwise
 */
public record SuggestionReason(SuggestionBucket bucket, long daysSinceLast, long daysSinceTheirs,
		boolean theirsWasService, double cadenceDays, double overdue, boolean intended,
		@Nullable LocalDate textOnlySince) {

	public SuggestionReason(SuggestionBucket bucket, long daysSinceLast, long daysSinceTheirs, boolean theirsWasService,
			double cadenceDays, double overdue) {
		this(bucket, daysSinceLast, daysSinceTheirs, theirsWasService, cadenceDays, overdue, false, null);
	}

	SuggestionReason steppingUpSince(LocalDate since) {
		return new SuggestionReason(this.bucket, this.daysSinceLast, this.daysSinceTheirs, this.theirsWasService,
				this.cadenceDays, this.overdue, this.intended, since);
	}

}
