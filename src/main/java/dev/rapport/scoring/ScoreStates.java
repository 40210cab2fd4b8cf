package dev.rapport.scoring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import dev.rapport.contact.ContactService;
import dev.rapport.interaction.ContactInteraction;
import dev.rapport.interaction.InteractionService;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The stored score states of every owner and the per-owner cache of their readings: the
 * only class that writes {@code score_state} (through {@link ScoreStateStore}) and the
 * only one that knows the cache. A change rebuilds the touched contacts' states inside
 * the changing transaction and patches or evicts the cache once it commits; a read uses
 * the cache while its generation is still the committed one in the database, so several
 * instances may share it ({@code docs/decisions/0004-score-state.md},
 * {@code docs/decisions/0015-several-instances.md}). Callers: {@link ScoringService}
 * reads, {@link ScoreEventHandlers} and {@link ScoreConstantsRecompute} write.
 */
@Component
@Transactional(readOnly = true)
class ScoreStates {

	private final Scorer scorer;

	private final InteractionService interactions;

	private final ContactService contacts;

	private final ScoreStateStore store;

	private final Clock clock;

	private final Map<Long, OwnerScores> cache = new ConcurrentHashMap<>();

	/**
	 * Bumped on every change of an owner's states, so a read racing a change never caches
	 * stale states.
	 */
	private final Map<Long, Long> generations = new ConcurrentHashMap<>();

	private final Map<Long, Object> locks = new ConcurrentHashMap<>();

	/**
	 * Pending entity changes are flushed before the generation bump, so the bump is a
	 * transaction's last lock.
	 */
	@PersistenceContext
	private EntityManager entityManager;

	ScoreStates(Scorer scorer, InteractionService interactions, ContactService contacts, ScoreStateStore store,
			Clock clock) {
		this.scorer = scorer;
		this.interactions = interactions;
		this.contacts = contacts;
		this.store = store;
		this.clock = clock;
	}

	/**
	 * Rebuilds every stored state of the owner from the rows: after a constant changes,
	 * and as a consistency check. Returns how many contacts have a state.
	 */
	@Transactional
	int recomputeAll(long ownerId) {
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

	/**
	 * Rebuilds the states of these contacts from their rows: O(rows of those contacts).
	 * The cached scores of the owner are patched with the same contacts once the
	 * transaction commits, so the next list page pays for the changed contacts only, not
	 * for reloading 10,000 states.
	 */
	@Transactional
	void refresh(long ownerId, Collection<Long> contactIds) {
		if (contactIds.isEmpty()) {
			return;
		}
		Map<Long, LocalDate> knownSince = this.contacts.knownSinceDates(ownerId, contactIds);
		Map<Long, List<ScoredInteraction>> rowsByContact = groupedByContact(
				this.interactions.rowsOf(ownerId, contactIds));
		LocalDate anchor = anchor();
		Map<Long, ScoreState> states = new HashMap<>();
		rowsByContact.forEach((contactId, rows) -> states.put(contactId,
				this.scorer.stateOf(rows, knownSince.get(contactId), anchor)));
		this.store.replace(ownerId, contactIds, states);
		patchCached(ownerId, anchor, contactIds, (day, unreadable) -> {
			Map<Long, Optional<ScoreState>> rebuilt = new HashMap<>();
			for (long contactId : unreadable) {
				rebuilt.put(contactId,
						Optional.of(this.scorer.stateOf(rowsByContact.get(contactId), knownSince.get(contactId), day)));
			}
			return rebuilt;
		}, states);
	}

	/**
	 * After one interaction was logged. A participant's stored state takes the new row
	 * without reading the participant's history when that gives bit for bit the state a
	 * rebuild from every row would ({@link ScoreState#withNewest}: a row planned as of
	 * the anchor, e.g. one logged today, or a row dated after every counted one); the
	 * other participants' states are rebuilt from their rows ({@link #refresh}). Logging
	 * a past interaction has already updated the participants' contact rows ("last
	 * interaction") in this transaction, which locks them: concurrent logs with one
	 * person fold their rows one after the other, each reading the state the previous one
	 * committed.
	 */
	@Transactional
	void logged(long ownerId, Collection<Long> contactIds, ScoredInteraction row) {
		if (contactIds.isEmpty()) {
			return;
		}
		LocalDate anchor = anchor();
		Map<Long, LocalDate> knownSince = this.contacts.knownSinceDates(ownerId, contactIds);
		Map<Long, ScoreState> folded = new HashMap<>();
		List<Long> rebuilt = new ArrayList<>();
		for (long contactId : contactIds) {
			this.store.stateOf(ownerId, contactId)
				.filter(state -> state.anchor().equals(anchor)
						&& Objects.equals(state.knownSince(), knownSince.get(contactId)))
				.flatMap(state -> state.withNewest(row))
				.ifPresentOrElse(state -> folded.put(contactId, state), () -> rebuilt.add(contactId));
		}
		if (!folded.isEmpty()) {
			this.store.replace(ownerId, folded.keySet(), folded);
			patchCached(ownerId, anchor, folded.keySet(), (day, unreadable) -> {
				Map<Long, List<ScoredInteraction>> recent = groupedByContact(
						this.interactions.rowsAfter(ownerId, unreadable, anchor));
				Map<Long, Optional<ScoreState>> rolled = new HashMap<>();
				for (long contactId : unreadable) {
					rolled.put(contactId, Optional
						.of(folded.get(contactId).rolledTo(day, recent.getOrDefault(contactId, List.of()))));
				}
				return rolled;
			}, folded);
		}
		refresh(ownerId, rebuilt);
	}

	/**
	 * Patches the owner's cache, once this transaction commits, with the new states of
	 * these contacts (none: the contact has no history), those not readable on the cached
	 * day rolled to it by {@code roll}; or evicts it when no patch is possible.
	 */
	private void patchCached(long ownerId, LocalDate anchor, Collection<Long> contactIds,
			BiFunction<LocalDate, List<Long>, Map<Long, Optional<ScoreState>>> roll, Map<Long, ScoreState> states) {
		PendingChanges pending = pendingChanges();
		OwnerScores cached = this.cache.get(ownerId);
		if (pending == null || cached == null || cached.day().isBefore(anchor)) {
			changed(ownerId);
			return;
		}
		// The cache holds readings for its day: patch it with states readable on that
		// day,
		// the stored ones unless a planned interaction comes due by then (then rolled to
		// that day, as a load from the store would).
		Map<Long, Optional<ScoreState>> patches = new HashMap<>();
		List<Long> unreadable = new ArrayList<>();
		for (long contactId : contactIds) {
			ScoreState stored = states.get(contactId);
			if (stored == null || stored.isReadableOn(cached.day())) {
				patches.put(contactId, Optional.ofNullable(stored));
			}
			else {
				unreadable.add(contactId);
			}
		}
		if (!unreadable.isEmpty()) {
			patches.putAll(roll.apply(cached.day(), unreadable));
		}
		pending.patch(ownerId, cached.day(), patches);
	}

	/**
	 * Forgets the owner's cached scores when the changing transaction ends (or now,
	 * outside one). Until then, reads in the changing transaction bypass the cache and
	 * other transactions keep seeing the committed scores.
	 */
	void changed(long ownerId) {
		PendingChanges pending = pendingChanges();
		if (pending == null) {
			evict(ownerId);
		}
		else {
			pending.evict(ownerId);
		}
	}

	/**
	 * The changes of the current transaction, applied to the cache after it commits; null
	 * outside one.
	 */
	private @Nullable PendingChanges pendingChanges() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return null;
		}
		PendingChanges pending = (PendingChanges) TransactionSynchronizationManager.getResource(this);
		if (pending == null) {
			pending = new PendingChanges();
			TransactionSynchronizationManager.bindResource(this, pending);
			TransactionSynchronizationManager.registerSynchronization(pending);
		}
		return pending;
	}

	private boolean hasPendingChanges(long ownerId) {
		PendingChanges pending = TransactionSynchronizationManager.isSynchronizationActive()
				? (PendingChanges) TransactionSynchronizationManager.getResource(this) : null;
		return pending != null && pending.touches(ownerId);
	}

	long committedGenerationOf(long ownerId) {
		return this.store.generationOf(ownerId);
	}

	/**
	 * Drops the owner's cached scores, so the next read loads the stored states (for
	 * benchmarks).
	 */
	void forgetCached(long ownerId) {
		evict(ownerId);
	}

	private void evict(long ownerId) {
		synchronized (lockOf(ownerId)) {
			this.generations.merge(ownerId, 1L, Long::sum);
			this.cache.remove(ownerId);
		}
	}

	/**
	 * Applies committed changes of some contacts to the owner's cached scores, if they
	 * are for its day and nothing else was committed in between
	 * ({@code committedGeneration} follows the cached one directly).
	 */
	private void patch(long ownerId, LocalDate day, Map<Long, Optional<ScoreState>> patches, long committedGeneration) {
		synchronized (lockOf(ownerId)) {
			this.generations.merge(ownerId, 1L, Long::sum);
			OwnerScores cached = this.cache.get(ownerId);
			if (cached == null) {
				return;
			}
			if (!cached.day().equals(day) || cached.generation() != committedGeneration - 1) {
				this.cache.remove(ownerId);
				return;
			}
			this.cache.put(ownerId, cached.patched(patches, committedGeneration));
		}
	}

	private Object lockOf(long ownerId) {
		return this.locks.computeIfAbsent(ownerId, id -> new Object());
	}

	OwnerScores scoresOf(long ownerId, LocalDate today) {
		if (hasPendingChanges(ownerId)) {
			// This transaction changed the owner's states: read them, but never cache
			// what others cannot see yet.
			return OwnerScores.of(today, -1, rolled(ownerId, this.store.statesOf(ownerId), today));
		}
		// Read before the states: a change committed in between leaves states newer than
		// their
		// generation, which costs a reload later but never serves stale scores.
		long committed = this.store.generationOf(ownerId);
		OwnerScores cached = this.cache.get(ownerId);
		boolean current = cached != null && cached.generation() == committed;
		if (current && cached.day().equals(today)) {
			return cached;
		}
		long generation = this.generations.getOrDefault(ownerId, 0L);
		Map<Long, ScoreState> loaded = current ? cached.states() : this.store.statesOf(ownerId);
		OwnerScores scores = OwnerScores.of(today, committed, rolled(ownerId, loaded, today));
		synchronized (lockOf(ownerId)) {
			if (this.generations.getOrDefault(ownerId, 0L) == generation) {
				this.cache.put(ownerId, scores);
			}
		}
		return scores;
	}

	private Map<Long, ScoreState> rolled(long ownerId, Map<Long, ScoreState> loaded, LocalDate today) {
		Map<Long, ScoreState> states = new HashMap<>(loaded);
		rollDueStates(ownerId, states, today);
		return states;
	}

	/**
	 * States that cannot be read on {@code today} because a planned interaction came due
	 * are rolled to it from their rows after the anchor ({@link ScoreState#rolledTo});
	 * those anchored after the owner's today (a zone behind UTC, after midnight UTC) are
	 * rebuilt from all their rows.
	 */
	private void rollDueStates(long ownerId, Map<Long, ScoreState> states, LocalDate today) {
		List<Long> due = new ArrayList<>();
		List<Long> early = new ArrayList<>();
		LocalDate earliestAnchor = null;
		for (Map.Entry<Long, ScoreState> entry : states.entrySet()) {
			ScoreState state = entry.getValue();
			if (state.isReadableOn(today)) {
				continue;
			}
			if (today.isBefore(state.anchor())) {
				early.add(entry.getKey());
			}
			else {
				due.add(entry.getKey());
				earliestAnchor = (earliestAnchor == null || state.anchor().isBefore(earliestAnchor)) ? state.anchor()
						: earliestAnchor;
			}
		}
		if (!due.isEmpty()) {
			Map<Long, List<ScoredInteraction>> recent = groupedByContact(
					this.interactions.rowsAfter(ownerId, due, earliestAnchor));
			for (long contactId : due) {
				states.put(contactId, states.get(contactId).rolledTo(today, recent.getOrDefault(contactId, List.of())));
			}
		}
		if (!early.isEmpty()) {
			Map<Long, List<ScoredInteraction>> rowsByContact = groupedByContact(
					this.interactions.rowsOf(ownerId, early));
			for (long contactId : early) {
				states.put(contactId, this.scorer.stateOf(rowsByContact.getOrDefault(contactId, List.of()),
						states.get(contactId).knownSince(), today));
			}
		}
	}

	/**
	 * States are anchored at the UTC date minus a day: no time zone's today is earlier,
	 * so every owner can read them without knowing their zone here. Rows after the anchor
	 * are planned in the state and rolled in on reading.
	 */
	private LocalDate anchor() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC).minusDays(1);
	}

	static Map<Long, List<ScoredInteraction>> groupedByContact(List<ContactInteraction> rows) {
		return rows.stream()
			.collect(Collectors.groupingBy(ContactInteraction::contactId,
					Collectors.mapping(ScoreStates::scored, Collectors.toList())));
	}

	static ScoredInteraction scored(ContactInteraction row) {
		return new ScoredInteraction(row.date(), row.kind(), row.direction());
	}

	/**
	 * One owner's states, their readings on {@code day} and the list order of those with
	 * history, as of the committed {@code generation} they were loaded at.
	 */
	record OwnerScores(LocalDate day, long generation, Map<Long, ScoreState> states, Map<Long, ScoreReading> readings,
			List<Long> ranked) {

		static OwnerScores of(LocalDate day, long generation, Map<Long, ScoreState> states) {
			Map<Long, ScoreReading> readings = new HashMap<>(states.size() * 2);
			states.forEach((contactId, state) -> {
				ScoreReading reading = state.scoreOn(day);
				if (reading.hasHistory()) {
					readings.put(contactId, reading);
				}
			});
			List<Long> ranked = new ArrayList<>(readings.keySet());
			ranked.sort(listOrder(readings));
			return new OwnerScores(day, generation, Map.copyOf(states), Map.copyOf(readings), List.copyOf(ranked));
		}

		/**
		 * The same scores with some contacts' states replaced or removed: O(contacts)
		 * copying, no full sort.
		 */
		OwnerScores patched(Map<Long, Optional<ScoreState>> patches, long newGeneration) {
			Map<Long, ScoreState> newStates = new HashMap<>(this.states);
			Map<Long, ScoreReading> newReadings = new HashMap<>(this.readings);
			patches.forEach((contactId, state) -> {
				newStates.remove(contactId);
				newReadings.remove(contactId);
				state.ifPresent(changed -> {
					newStates.put(contactId, changed);
					ScoreReading reading = changed.scoreOn(this.day);
					if (reading.hasHistory()) {
						newReadings.put(contactId, reading);
					}
				});
			});
			List<Long> newRanked = new ArrayList<>(this.ranked);
			newRanked.removeIf(patches::containsKey);
			Comparator<Long> order = listOrder(newReadings);
			for (long contactId : patches.keySet()) {
				if (newReadings.containsKey(contactId)) {
					int at = Collections.binarySearch(newRanked, contactId, order);
					newRanked.add((at < 0) ? -at - 1 : at, contactId);
				}
			}
			// Immutable like the rest of the cache: callers get these maps as they are.
			return new OwnerScores(this.day, newGeneration, Map.copyOf(newStates), Map.copyOf(newReadings),
					List.copyOf(newRanked));
		}

		private static Comparator<Long> listOrder(Map<Long, ScoreReading> readings) {
			return (a, b) -> {
				int byReading = ScoreReading.LIST_ORDER.compare(readings.get(a), readings.get(b));
				return (byReading != 0) ? byReading : Long.compare(a, b);
			};
		}

	}

	/**
	 * Cache changes of one transaction, applied when it commits: patches per owner for
	 * the cached day, or an eviction when a patch is not possible. A rolled-back
	 * transaction changes nothing.
	 */
	private final class PendingChanges implements TransactionSynchronization {

		private final Map<Long, LocalDate> days = new HashMap<>();

		private final Map<Long, Map<Long, Optional<ScoreState>>> patches = new HashMap<>();

		private final Set<Long> evicted = new HashSet<>();

		/** The generation each touched owner's change committed as. */
		private final Map<Long, Long> committedGenerations = new HashMap<>();

		void patch(long ownerId, LocalDate day, Map<Long, Optional<ScoreState>> changes) {
			LocalDate previous = this.days.putIfAbsent(ownerId, day);
			if (previous != null && !previous.equals(day)) {
				this.evicted.add(ownerId);
			}
			this.patches.computeIfAbsent(ownerId, id -> new HashMap<>()).putAll(changes);
		}

		void evict(long ownerId) {
			this.evicted.add(ownerId);
		}

		boolean touches(long ownerId) {
			return this.evicted.contains(ownerId) || this.patches.containsKey(ownerId);
		}

		/**
		 * Tells every instance that the owners' scores changed, atomically with the
		 * change. Last in the transaction (entity changes flushed first), so holding the
		 * generation row's lock never waits for another lock: no deadlock between
		 * concurrent changes.
		 */
		@Override
		public void beforeCommit(boolean readOnly) {
			Set<Long> owners = new HashSet<>(this.evicted);
			owners.addAll(this.patches.keySet());
			if (owners.isEmpty()) {
				return;
			}
			ScoreStates.this.entityManager.flush();
			owners.stream()
				// One order for every transaction: two changes never wait for each
				// other's rows.
				.sorted(Comparator.comparingInt(ScoreStateStore::bucketOf))
				.forEach(ownerId -> this.committedGenerations.put(ownerId,
						ScoreStates.this.store.bumpGeneration(ownerId)));
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(ScoreStates.this);
			if (status != STATUS_COMMITTED) {
				return;
			}
			this.evicted.forEach(ScoreStates.this::evict);
			this.patches.forEach((ownerId, changes) -> {
				Long committed = this.committedGenerations.get(ownerId);
				if (committed == null) {
					ScoreStates.this.evict(ownerId);
				}
				else if (!this.evicted.contains(ownerId)) {
					ScoreStates.this.patch(ownerId, this.days.get(ownerId), changes, committed);
				}
			});
		}

	}

}
