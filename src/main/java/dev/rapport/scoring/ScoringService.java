package dev.rapport.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.rapport.interaction.InteractionCount;
import dev.rapport.interaction.InteractionService;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scoring module's read API: scores of one owner's relationships, as of the owner's
 * today. Contacts without a past interaction have no score: they are absent from
 * {@link #readingsOf} and read as no history.
 *
 * <p>
 * Readings, the list order and tiers come from the stored states ({@link ScoreStates});
 * the full score with its facts and the chart come from the contact's state and its last
 * year's rows, never from its whole history. The states follow interactions and contacts
 * through {@link ScoreEventHandlers}; {@link ScoreConstantsRecompute} rebuilds them at
 * startup when the {@code rapport.scoring.*} constants changed.
 */
@Service
@Transactional(readOnly = true)
public class ScoringService {

	private final Scorer scorer;

	private final ExplanationWriter explanations;

	private final InteractionService interactions;

	private final ScoreStates states;

	ScoringService(Scorer scorer, ExplanationWriter explanations, InteractionService interactions, ScoreStates states) {
		this.scorer = scorer;
		this.explanations = explanations;
		this.interactions = interactions;
		this.states = states;
	}

	/**
	 * The full score of one contact, with the facts its explanation sentence needs: from
	 * its stored state and its last year's rows, so its cost does not grow with the
	 * history.
	 */
	public RelationshipScore scoreOf(long ownerId, long contactId, LocalDate today) {
		return contactScoreOf(ownerId, contactId, today, 0).score();
	}

	/**
	 * A contact page's score: the full score and S on {@code weeks + 1} days a week
	 * apart, ending today (the chart), read from the contact's stored state and one count
	 * of its last year's rows per day, kind and direction.
	 */
	public ContactScore contactScoreOf(long ownerId, long contactId, LocalDate today, int weeks) {
		ScoreState state = this.states.scoresOf(ownerId, today).states().get(contactId);
		if (state == null) {
			List<ScorePoint> none = new ArrayList<>(weeks + 1);
			for (int week = weeks; week >= 0; week--) {
				none.add(new ScorePoint(today.minusWeeks(week), null));
			}
			return new ContactScore(new RelationshipScore(today, ScoreReading.noHistory(), null), none);
		}
		LocalDate recentAfter = this.scorer.recentAfter(today, weeks);
		List<ScoredInteraction> recent = new ArrayList<>();
		for (InteractionCount count : this.interactions.countsByDay(ownerId, contactId, recentAfter, today)) {
			ScoredInteraction row = new ScoredInteraction(count.date(), count.kind(), count.direction());
			for (long i = 0; i < count.count(); i++) {
				recent.add(row);
			}
		}
		Scorer.EarlierHistory earlier = new Scorer.EarlierHistory() {

			@Override
			public long daysUpTo(LocalDate day) {
				return ScoringService.this.interactions.daysUpTo(ownerId, contactId, day);
			}

			@Override
			public List<ScoredInteraction> latestOfEachKind() {
				return ScoringService.this.interactions.latestOfEachKind(ownerId, contactId, today)
					.stream()
					.map(ScoreStates::scored)
					.toList();
			}

		};
		return new ContactScore(this.scorer.score(state, today, recent, recentAfter, earlier),
				this.scorer.history(state, today, recent, recentAfter, weeks));
	}

	/**
	 * S, B and tier of every contact of the owner that has history, by contact id; O(1)
	 * per contact.
	 */
	public Map<Long, ScoreReading> readingsOf(long ownerId, LocalDate today) {
		return this.states.scoresOf(ownerId, today).readings();
	}

	/**
	 * S, B and tier of one contact; no history when it has no past interaction (or is not
	 * the owner's).
	 */
	public ScoreReading readingOf(long ownerId, long contactId, LocalDate today) {
		return readingsOf(ownerId, today).getOrDefault(contactId, ScoreReading.noHistory());
	}

	/**
	 * The owner's contacts with history in list order (tier, then deepest first),
	 * optionally only one tier; contacts without history are never listed.
	 */
	public List<Long> rankedContactIds(long ownerId, Optional<Tier> tier, LocalDate today) {
		ScoreStates.OwnerScores scores = this.states.scoresOf(ownerId, today);
		if (tier.isEmpty()) {
			return scores.ranked();
		}
		return scores.ranked().stream().filter(id -> scores.readings().get(id).tier() == tier.get()).toList();
	}

	/**
	 * "A meal 3 days ago, 5 contacts in the last 3 months (all in person or on a call);
	 * two-way and steady.", as a message of the scoring bundle (keys and arguments) for
	 * the page or API to say in its locale.
	 */
	public MessageSourceResolvable explain(RelationshipScore score) {
		return this.explanations.sentence(score);
	}

	/**
	 * Rebuilds every stored state of the owner from the rows (e.g. after a backup was
	 * restored into the account). Returns how many contacts have a state.
	 */
	@Transactional
	public int recomputeAll(long ownerId) {
		return this.states.recomputeAll(ownerId);
	}

	/**
	 * A number that moves whenever the owner's interactions or scores change, on any
	 * instance sharing the database (it may also move for another owner's change): what a
	 * cache of anything derived from the owner's interactions can be keyed by. One small
	 * query.
	 */
	public long generationOf(long ownerId) {
		return this.states.committedGenerationOf(ownerId);
	}

	/**
	 * Drops the owner's cached scores, so the next read loads the stored states (for
	 * benchmarks).
	 */
	void forgetCached(long ownerId) {
		this.states.forgetCached(ownerId);
	}

	/**
	 * One contact's score and its chart (S a week apart, oldest first; null before the
	 * first interaction).
	 */
	public record ContactScore(RelationshipScore score, List<ScorePoint> history) {
	}

}
