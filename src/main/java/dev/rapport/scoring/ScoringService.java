package dev.rapport.scoring;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import dev.rapport.contact.ContactDeleted;
import dev.rapport.contact.ContactKnownSinceChanged;
import dev.rapport.contact.ContactService;
import dev.rapport.interaction.ContactInteraction;
import dev.rapport.interaction.InteractionChanged;
import dev.rapport.interaction.InteractionLogged;
import dev.rapport.interaction.InteractionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Scores of one owner's relationships, as of the owner's today. Contacts without a past
 * interaction have no score: they are absent from {@link #readingsOf} and read as no history.
 *
 * <p>
 * Scores are read from stored {@link ScoreState}s (table {@code score_state}), never from the raw
 * rows: each contact's state is rebuilt from that contact's rows whenever an interaction event or a
 * "known since" change touches it, inside the changing transaction, so the next page view is right.
 * Per owner, the states and the day's readings are cached in memory until the owner's next change.
 * A state whose planned interaction has come due is rolled on reading. {@link #recomputeAll} rebuilds
 * everything from the rows; it runs at startup when the {@code rapport.scoring.*} constants changed.
 * See {@code docs/decisions/0004-score-state.md}.
 */
@Service
@Transactional(readOnly = true)
public class ScoringService {

	/** Bump when the formula changes in code, so stored states are recomputed like after a constant change. */
	static final String FORMULA_VERSION = "1";

	static final String FINGERPRINT_NAME = "rapport.scoring";

	private static final Logger logger = LoggerFactory.getLogger(ScoringService.class);

	private final Scorer scorer;

	private final ExplanationWriter explanations;

	private final InteractionService interactions;

	private final ContactService contacts;

	private final ScoreStateStore store;

	private final ScoringProperties properties;

	private final Clock clock;

	private final Map<Long, OwnerScores> cache = new ConcurrentHashMap<>();

	/** Bumped on every change of an owner's states, so a read racing a change never caches stale states. */
	private final Map<Long, Long> generations = new ConcurrentHashMap<>();

	ScoringService(Scorer scorer, ExplanationWriter explanations, InteractionService interactions,
			ContactService contacts, ScoreStateStore store, ScoringProperties properties, Clock clock) {
		this.scorer = scorer;
		this.explanations = explanations;
		this.interactions = interactions;
		this.contacts = contacts;
		this.store = store;
		this.properties = properties;
		this.clock = clock;
	}

	/** The full score of one contact, with the facts its explanation sentence needs. */
	public RelationshipScore scoreOf(long ownerId, long contactId, LocalDate today) {
		return this.scorer.score(rowsOf(ownerId, contactId), this.contacts.knownSinceDates(ownerId).get(contactId),
				today);
	}

	/** S, B and tier of every contact of the owner that has history, by contact id; O(1) per contact. */
	public Map<Long, ScoreReading> readingsOf(long ownerId, LocalDate today) {
		return scoresOf(ownerId, today).readings();
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
		OwnerScores scores = scoresOf(ownerId, today);
		if (tier.isEmpty()) {
			return scores.ranked();
		}
		return scores.ranked().stream().filter(id -> scores.readings().get(id).tier() == tier.get()).toList();
	}

	/** "Ana · Close · 73: a meal 3 days ago, ...; two-way and steady." */
	public String explain(String name, RelationshipScore score) {
		return this.explanations.sentence(name, score);
	}

	/**
	 * S on {@code weeks + 1} days a week apart, ending today, oldest first: the chart of a contact
	 * page. Computed from the contact's rows (one contact, a few dozen days).
	 */
	public List<ScorePoint> historyOf(long ownerId, long contactId, LocalDate today, int weeks) {
		List<ScoredInteraction> rows = rowsOf(ownerId, contactId);
		LocalDate knownSince = this.contacts.knownSinceDates(ownerId).get(contactId);
		List<ScorePoint> points = new ArrayList<>(weeks + 1);
		for (int week = weeks; week >= 0; week--) {
			LocalDate day = today.minusWeeks(week);
			points.add(new ScorePoint(day, this.scorer.readingOn(rows, knownSince, day).depth()));
		}
		return points;
	}

	/**
	 * Rebuilds every stored state of the owner from the rows: after a constant changes, and as a
	 * consistency check. Returns how many contacts have a state.
	 */
	@Transactional
	public int recomputeAll(long ownerId) {
		Map<Long, LocalDate> knownSince = this.contacts.knownSinceDates(ownerId);
		Map<Long, List<ScoredInteraction>> rowsByContact = groupedByContact(this.interactions.allRowsOf(ownerId));
		LocalDate anchor = anchor();
		Map<Long, ScoreState> states = new HashMap<>(rowsByContact.size() * 2);
		rowsByContact.forEach((contactId, rows) -> states.put(contactId,
				this.scorer.stateOf(rows, knownSince.get(contactId), anchor)));
		this.store.replaceAll(ownerId, states);
		changed(ownerId);
		return states.size();
	}

	/** {@link #recomputeAll(long)} for every owner. */
	@Transactional
	public void recomputeAll() {
		for (long ownerId : this.contacts.ownerIds()) {
			recomputeAll(ownerId);
		}
		this.store.saveFingerprint(FINGERPRINT_NAME, fingerprint());
	}

	/** States computed with other constants (or none stored yet, e.g. after an upgrade) are recomputed. */
	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void recomputeIfConstantsChanged() {
		if (!this.store.fingerprint(FINGERPRINT_NAME).orElse("").equals(fingerprint())) {
			logger.info("Scoring constants changed: recomputing every score state");
			recomputeAll();
		}
	}

	@EventListener
	@Transactional
	void on(InteractionLogged event) {
		refresh(event.ownerId(), event.participantIds());
	}

	@EventListener
	@Transactional
	void on(InteractionChanged event) {
		refresh(event.ownerId(), event.affectedContactIds());
	}

	@EventListener
	@Transactional
	void on(ContactKnownSinceChanged event) {
		refresh(event.ownerId(), Set.of(event.contactId()));
	}

	/** The database cascades the contact's state; only the cache needs to forget it. */
	@EventListener
	void on(ContactDeleted event) {
		changed(event.ownerId());
	}

	/** Rebuilds the states of these contacts from their rows: O(rows of those contacts). */
	private void refresh(long ownerId, Collection<Long> contactIds) {
		if (contactIds.isEmpty()) {
			return;
		}
		Map<Long, LocalDate> knownSince = this.contacts.knownSinceDates(ownerId);
		Map<Long, List<ScoredInteraction>> rowsByContact = groupedByContact(
				this.interactions.rowsOf(ownerId, contactIds));
		LocalDate anchor = anchor();
		Map<Long, ScoreState> states = new HashMap<>();
		rowsByContact.forEach((contactId, rows) -> states.put(contactId,
				this.scorer.stateOf(rows, knownSince.get(contactId), anchor)));
		this.store.replace(ownerId, contactIds, states);
		changed(ownerId);
	}

	/**
	 * Forgets the owner's cached scores now and again when the changing transaction ends, so a read
	 * that loaded the old rows meanwhile cannot keep them.
	 */
	private void changed(long ownerId) {
		evict(ownerId);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					evict(ownerId);
				}
			});
		}
	}

	/** Drops the owner's cached scores, so the next read loads the stored states (for benchmarks). */
	void forgetCached(long ownerId) {
		evict(ownerId);
	}

	private void evict(long ownerId) {
		this.generations.merge(ownerId, 1L, Long::sum);
		this.cache.remove(ownerId);
	}

	private OwnerScores scoresOf(long ownerId, LocalDate today) {
		OwnerScores cached = this.cache.get(ownerId);
		if (cached != null && cached.day().equals(today)) {
			return cached;
		}
		long generation = this.generations.getOrDefault(ownerId, 0L);
		Map<Long, ScoreState> states = new HashMap<>(
				(cached != null) ? cached.states() : this.store.statesOf(ownerId));
		rollDueStates(ownerId, states, today);
		Map<Long, ScoreReading> readings = new HashMap<>(states.size() * 2);
		states.forEach((contactId, state) -> {
			ScoreReading reading = state.scoreOn(today);
			if (reading.hasHistory()) {
				readings.put(contactId, reading);
			}
		});
		List<Long> ranked = readings.keySet()
			.stream()
			.sorted((a, b) -> {
				int byReading = ScoreReading.LIST_ORDER.compare(readings.get(a), readings.get(b));
				return (byReading != 0) ? byReading : Long.compare(a, b);
			})
			.toList();
		OwnerScores scores = new OwnerScores(today, Map.copyOf(states), Map.copyOf(readings), ranked);
		if (this.generations.getOrDefault(ownerId, 0L) == generation) {
			this.cache.put(ownerId, scores);
		}
		return scores;
	}

	/**
	 * States that cannot be read on {@code today} (a planned interaction came due, or the owner's
	 * today is before the anchor) are rebuilt from their rows, in one query for all of them.
	 */
	private void rollDueStates(long ownerId, Map<Long, ScoreState> states, LocalDate today) {
		List<Long> due = states.entrySet()
			.stream()
			.filter(entry -> !entry.getValue().isReadableOn(today))
			.map(Map.Entry::getKey)
			.toList();
		if (due.isEmpty()) {
			return;
		}
		Map<Long, List<ScoredInteraction>> rowsByContact = groupedByContact(this.interactions.rowsOf(ownerId, due));
		for (long contactId : due) {
			states.put(contactId, this.scorer.stateOf(rowsByContact.getOrDefault(contactId, List.of()),
					states.get(contactId).knownSince(), today));
		}
	}

	/**
	 * States are anchored at the UTC date minus a day: no time zone's today is earlier, so every
	 * owner can read them without knowing their zone here. Rows after the anchor are planned in the
	 * state and rolled in on reading.
	 */
	private LocalDate anchor() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC).minusDays(1);
	}

	String fingerprint() {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((FORMULA_VERSION + this.properties).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private List<ScoredInteraction> rowsOf(long ownerId, long contactId) {
		return this.interactions.rowsOf(ownerId, List.of(contactId)).stream().map(ScoringService::scored).toList();
	}

	private static Map<Long, List<ScoredInteraction>> groupedByContact(List<ContactInteraction> rows) {
		return rows.stream()
			.collect(Collectors.groupingBy(ContactInteraction::contactId,
					Collectors.mapping(ScoringService::scored, Collectors.toList())));
	}

	private static ScoredInteraction scored(ContactInteraction row) {
		return new ScoredInteraction(row.date(), row.kind(), row.direction());
	}

	/** One owner's states and their readings on {@code day}. */
	private record OwnerScores(LocalDate day, Map<Long, ScoreState> states, Map<Long, ScoreReading> readings,
			List<Long> ranked) {
	}

}
