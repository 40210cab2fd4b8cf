package dev.rapport.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.rapport.contact.ContactService;
import dev.rapport.interaction.InteractionService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scoring module's read API: scores of one owner's relationships, as of the owner's today.
 * Contacts without a past interaction have no score: they are absent from {@link #readingsOf} and
 * read as no history.
 *
 * <p>
 * Readings, the list order and tiers come from the stored states ({@link ScoreStates}); the full
 * score with its facts and the chart come from one contact's rows. The states follow interactions
 * and contacts through {@link ScoreEventHandlers}; {@link ScoreConstantsRecompute} rebuilds them at
 * startup when the {@code rapport.scoring.*} constants changed.
 */
@Service
@Transactional(readOnly = true)
public class ScoringService {

	private final Scorer scorer;

	private final ExplanationWriter explanations;

	private final InteractionService interactions;

	private final ContactService contacts;

	private final ScoreStates states;

	ScoringService(Scorer scorer, ExplanationWriter explanations, InteractionService interactions,
			ContactService contacts, ScoreStates states) {
		this.scorer = scorer;
		this.explanations = explanations;
		this.interactions = interactions;
		this.contacts = contacts;
		this.states = states;
	}

	/** The full score of one contact, with the facts its explanation sentence needs. */
	public RelationshipScore scoreOf(long ownerId, long contactId, LocalDate today) {
		return this.scorer.score(rowsOf(ownerId, contactId), this.contacts.knownSinceDates(ownerId, List.of(contactId)).get(contactId),
				today);
	}

	/** S, B and tier of every contact of the owner that has history, by contact id; O(1) per contact. */
	public Map<Long, ScoreReading> readingsOf(long ownerId, LocalDate today) {
		return this.states.scoresOf(ownerId, today).readings();
	}

	/** S, B and tier of one contact; no history when it has no past interaction (or is not the owner's). */
	public ScoreReading readingOf(long ownerId, long contactId, LocalDate today) {
		return readingsOf(ownerId, today).getOrDefault(contactId, ScoreReading.noHistory());
	}

	/**
	 * The owner's contacts with history in list order (tier, then deepest first), optionally only one
	 * tier; contacts without history are never listed.
	 */
	public List<Long> rankedContactIds(long ownerId, Optional<Tier> tier, LocalDate today) {
		ScoreStates.OwnerScores scores = this.states.scoresOf(ownerId, today);
		if (tier.isEmpty()) {
			return scores.ranked();
		}
		return scores.ranked().stream().filter(id -> scores.readings().get(id).tier() == tier.get()).toList();
	}

	/** "A meal 3 days ago, 5 contacts in the last 3 months (all in person or on a call); two-way and steady." */
	public String explain(RelationshipScore score) {
		return this.explanations.sentence(score);
	}

	/**
	 * S on {@code weeks + 1} days a week apart, ending today, oldest first: the chart of a contact
	 * page. Computed from the contact's rows (one contact, a few dozen days).
	 */
	public List<ScorePoint> historyOf(long ownerId, long contactId, LocalDate today, int weeks) {
		List<ScoredInteraction> rows = rowsOf(ownerId, contactId);
		LocalDate knownSince = this.contacts.knownSinceDates(ownerId, List.of(contactId)).get(contactId);
		List<ScorePoint> points = new ArrayList<>(weeks + 1);
		for (int week = weeks; week >= 0; week--) {
			LocalDate day = today.minusWeeks(week);
			points.add(new ScorePoint(day, this.scorer.readingOn(rows, knownSince, day).depth()));
		}
		return points;
	}

	/**
	 * Rebuilds every stored state of the owner from the rows (e.g. after a backup was restored into
	 * the account). Returns how many contacts have a state.
	 */
	@Transactional
	public int recomputeAll(long ownerId) {
		return this.states.recomputeAll(ownerId);
	}

	/** Drops the owner's cached scores, so the next read loads the stored states (for benchmarks). */
	void forgetCached(long ownerId) {
		this.states.forgetCached(ownerId);
	}

	private List<ScoredInteraction> rowsOf(long ownerId, long contactId) {
		return this.interactions.rowsOf(ownerId, List.of(contactId)).stream().map(ScoreStates::scored).toList();
	}

}
