package dev.rapport.interaction;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import dev.rapport.contact.ContactDeleted;
import dev.rapport.contact.ContactRef;
import dev.rapport.contact.ContactService;
import dev.rapport.interaction.internal.Interaction;
import dev.rapport.interaction.internal.InteractionRepository;
import dev.rapport.interaction.internal.ParticipantRows;
import dev.rapport.shared.NotFoundException;
import dev.rapport.shared.StaleEditException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logs, edits and lists one owner's interactions. Every change publishes an event in the
 * same transaction, so derived data (last contact, scores, the weekly list) never
 * disagrees with the rows.
 */
@Service
@Transactional(readOnly = true)
public class InteractionService {

	/**
	 * Planned interactions may be at most this many days ahead (docs/scoring.md: a year).
	 */
	public static final int MAX_DAYS_AHEAD = 365;

	static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

	/**
	 * Bounds no stored date lies outside, for queries that need a date range to be served
	 * by the owner's date index.
	 */
	private static final LocalDate ANY_DATE_FROM = LocalDate.of(1, 1, 1);

	private static final LocalDate ANY_DATE_TO = LocalDate.of(9999, 12, 31);

	private final InteractionRepository interactions;

	private final ParticipantRows participants;

	private final ContactService contacts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	InteractionService(InteractionRepository interactions, ParticipantRows participants, ContactService contacts,
			ApplicationEventPublisher events, Clock clock) {
		this.interactions = interactions;
		this.participants = participants;
		this.contacts = contacts;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @param today the owner's today, which bounds how far ahead a planned interaction
	 * may be
	 * @throws InvalidInteractionException for a date out of range or a participant not
	 * the owner's
	 */
	@Transactional
	public long log(long ownerId, InteractionCommand command, LocalDate today) {
		Set<Long> participants = checkedParticipants(ownerId, command, today);
		Interaction interaction = new Interaction(ownerId, this.clock.instant());
		interaction.record(command.date(), command.kind(), command.direction(), participants, clean(command.summary()),
				clean(command.notes()));
		long id = this.interactions.save(interaction).getId();
		if (!command.date().isAfter(today)) {
			// A new row can only move "last interaction" forward: no need to read
			// anyone's history.
			this.contacts.recordInteractionOn(ownerId, participants, command.date());
		}
		this.events.publishEvent(new InteractionLogged(ownerId, id, command.date(), command.kind(), command.direction(),
				Set.copyOf(participants)));
		return id;
	}

	/**
	 * Logs several interactions at once, all or none, e.g. the last time the user met
	 * each of a few people they picked after an import.
	 * @throws InvalidInteractionException when one of them is invalid; then none is
	 * logged
	 */
	@Transactional
	public List<Long> logEach(long ownerId, List<InteractionCommand> commands, LocalDate today) {
		return commands.stream().map(command -> log(ownerId, command, today)).toList();
	}

	/**
	 * @throws StaleEditException when the interaction changed since the client read it
	 */
	@Transactional
	public void update(long ownerId, long interactionId, InteractionCommand command, LocalDate today) {
		Interaction interaction = load(ownerId, interactionId);
		StaleEditException.check("Interaction", interactionId, command.version(), interaction.getVersion());
		Set<Long> participants = checkedParticipants(ownerId, command, today);
		Set<Long> affected = new HashSet<>(interaction.getParticipantIds());
		affected.addAll(participants);
		interaction.record(command.date(), command.kind(), command.direction(), participants, clean(command.summary()),
				clean(command.notes()));
		this.interactions.flush();
		this.participants.copyFrom(interactionId);
		refreshLastInteraction(ownerId, affected, today);
		this.events.publishEvent(new InteractionChanged(ownerId, interactionId, Set.copyOf(affected)));
	}

	@Transactional
	public void delete(long ownerId, long interactionId, LocalDate today) {
		Interaction interaction = load(ownerId, interactionId);
		Set<Long> affected = interaction.getParticipantIds();
		this.interactions.delete(interaction);
		this.interactions.flush();
		refreshLastInteraction(ownerId, affected, today);
		this.events.publishEvent(new InteractionChanged(ownerId, interactionId, affected));
	}

	public InteractionView get(long ownerId, long interactionId, LocalDate today) {
		return viewsOf(ownerId, List.of(load(ownerId, interactionId)), today).get(0);
	}

	public boolean exists(long ownerId, long interactionId) {
		return this.interactions.existsByIdAndOwnerId(interactionId, ownerId);
	}

	/** Every interaction of the owner, newest (and planned) first. */
	public Page<InteractionView> recent(long ownerId, LocalDate today, Pageable pageable) {
		Page<Interaction> page = this.interactions.findRecent(ownerId, pageable);
		return page.map(viewMapper(ownerId, page.getContent(), today));
	}

	/**
	 * The newest {@code limit} interactions (planned ones first), for the dashboard: read
	 * in the order of the owner's date index, so a page reads {@code limit} rows whatever
	 * the history's length (docs/benchmarks.md).
	 */
	public List<InteractionView> latest(long ownerId, LocalDate today, int limit) {
		List<Interaction> latest = this.interactions.findLatest(ownerId, ANY_DATE_FROM, ANY_DATE_TO,
				PageRequest.of(0, limit));
		return viewsOf(ownerId, latest, today);
	}

	/** Interactions up to today, newest first: what already happened. */
	public Page<InteractionView> past(long ownerId, LocalDate today, Pageable pageable) {
		Page<Interaction> page = this.interactions.findPast(ownerId, today, pageable);
		return page.map(viewMapper(ownerId, page.getContent(), today));
	}

	/**
	 * One contact's interactions, newest (and planned) first, a page at a time without
	 * counting them all: whether there are more is all a contact page needs to offer
	 * "older".
	 */
	public Slice<InteractionView> timeline(long ownerId, long contactId, LocalDate today, Pageable pageable) {
		// The page's ids (and one more, to tell whether there are older ones) come from
		// the
		// contact's own date index; only those interactions are loaded.
		List<Long> ids = this.participants.timelineIds(ownerId, contactId, pageable.getOffset(),
				pageable.getPageSize() + 1);
		boolean hasNext = ids.size() > pageable.getPageSize();
		List<Long> shown = hasNext ? ids.subList(0, pageable.getPageSize()) : ids;
		Map<Long, Interaction> byId = new HashMap<>();
		this.interactions.findAllById(shown).forEach(interaction -> byId.put(interaction.getId(), interaction));
		List<Interaction> content = shown.stream().map(byId::get).filter(Objects::nonNull).toList();
		return new SliceImpl<>(viewsOf(ownerId, content, today), pageable, hasNext);
	}

	/**
	 * One contact's interactions dated within ({@code after}, {@code upTo}], counted per
	 * day, kind and direction: what a view of the recent months needs, whatever the
	 * length of the history.
	 */
	public List<InteractionCount> countsByDay(long ownerId, long contactId, LocalDate after, LocalDate upTo) {
		return this.participants.countsByDay(ownerId, contactId, after, upTo);
	}

	/**
	 * The latest interaction on or before {@code today} of each kind and direction with
	 * the contact: at most one row per kind and direction, whatever the length of the
	 * history.
	 */
	public List<ContactInteraction> latestOfEachKind(long ownerId, long contactId, LocalDate today) {
		return this.participants.latestOfEachKind(ownerId, contactId, today);
	}

	/**
	 * How many distinct days on or before {@code upTo} the owner had an interaction with
	 * the contact.
	 */
	public long daysUpTo(long ownerId, long contactId, LocalDate upTo) {
		return this.participants.daysUpTo(ownerId, contactId, upTo);
	}

	/**
	 * The owner's interactions matching the filter (any participant, a kind, a date
	 * range), newest first. A contact id that is not the owner's matches nothing.
	 */
	public Page<InteractionView> search(long ownerId, InteractionFilter filter, LocalDate today, Pageable pageable) {
		Page<Interaction> page = this.interactions.search(ownerId, filter.contactId(), kindsOf(filter), filter.from(),
				filter.to(), pageable);
		return page.map(viewMapper(ownerId, page.getContent(), today));
	}

	/**
	 * What already happened (up to today) among the interactions matching the filter,
	 * newest first.
	 */
	public Page<InteractionView> searchPast(long ownerId, InteractionFilter filter, LocalDate today,
			Pageable pageable) {
		LocalDate to = (filter.to() == null || filter.to().isAfter(today)) ? today : filter.to();
		return search(ownerId, new InteractionFilter(filter.contactId(), filter.kind(), filter.from(), to), today,
				pageable);
	}

	/**
	 * The first {@code limit} planned interactions (after today) matching the filter,
	 * soonest first.
	 */
	public List<InteractionView> searchPlanned(long ownerId, InteractionFilter filter, LocalDate today, int limit) {
		LocalDate tomorrow = today.plusDays(1);
		LocalDate from = (filter.from() == null || filter.from().isBefore(tomorrow)) ? tomorrow : filter.from();
		return viewsOf(ownerId, this.interactions.searchSoonestFirst(ownerId, filter.contactId(), kindsOf(filter), from,
				filter.to(), PageRequest.of(0, limit)), today);
	}

	private static List<InteractionKind> kindsOf(InteractionFilter filter) {
		return filter.kind() == null ? List.of(InteractionKind.values()) : List.of(filter.kind());
	}

	/**
	 * The rows scoring works from, for the given contacts of the owner (past and
	 * planned).
	 */
	public List<ContactInteraction> rowsOf(long ownerId, Collection<Long> contactIds) {
		return contactIds.isEmpty() ? List.of() : this.participants.rowsOf(ownerId, contactIds);
	}

	/**
	 * The rows of these contacts dated after {@code day} (e.g. what a stored score state,
	 * anchored at that day, does not hold yet), read without the rest of their histories.
	 */
	public List<ContactInteraction> rowsAfter(long ownerId, Collection<Long> contactIds, LocalDate day) {
		return contactIds.isEmpty() ? List.of() : this.participants.rowsAfter(ownerId, contactIds, day);
	}

	/**
	 * Those of these contacts with exactly one interaction, past or planned: right after
	 * logging, the people this was the first one with.
	 */
	public Set<Long> withOnlyOneInteraction(long ownerId, Collection<Long> contactIds) {
		// At most two rows read per contact: logging reads a contact's rows once (for its
		// score), not twice.
		return contactIds.isEmpty() ? Set.of() : this.participants.withOneRow(ownerId, contactIds);
	}

	/**
	 * Day and kind of each of the owner's interactions within [from, to] (a group dinner
	 * once).
	 */
	public List<InteractionDay> daysBetween(long ownerId, LocalDate from, LocalDate to) {
		return this.interactions.findDaysBetween(ownerId, from, to);
	}

	/**
	 * The participants of each of the owner's interactions of one kind, one set per
	 * interaction (e.g. who was introduced to whom), past and planned.
	 */
	public List<Set<Long>> participantsOfKind(long ownerId, InteractionKind kind) {
		Map<Long, Set<Long>> byInteraction = new LinkedHashMap<>();
		for (Object[] row : this.interactions.findParticipantsOfKind(ownerId, kind)) {
			byInteraction.computeIfAbsent((Long) row[0], id -> new HashSet<>()).add((Long) row[1]);
		}
		return List.copyOf(byInteraction.values());
	}

	/** The people of one past interaction with two or more of them, and its day. */
	public record Group(LocalDate date, Set<Long> participantIds) {
	}

	/** Interactions within [from, to] that had two or more participants, latest first. */
	public List<Group> groupsBetween(long ownerId, LocalDate from, LocalDate to) {
		Map<Long, LocalDate> days = new HashMap<>();
		Map<Long, Set<Long>> people = new HashMap<>();
		for (Object[] row : this.interactions.findParticipantsBetween(ownerId, from, to)) {
			days.put((Long) row[0], (LocalDate) row[1]);
			people.computeIfAbsent((Long) row[0], id -> new HashSet<>()).add((Long) row[2]);
		}
		return people.entrySet()
			.stream()
			.filter(entry -> entry.getValue().size() >= 2)
			.sorted(Comparator.comparing((Map.Entry<Long, Set<Long>> entry) -> days.get(entry.getKey()))
				.reversed()
				.thenComparing(Map.Entry::getKey))
			.map(entry -> new Group(days.get(entry.getKey()), Set.copyOf(entry.getValue())))
			.toList();
	}

	/**
	 * Per contact of the owner with an interaction: the latest day on or before
	 * {@code today} and the earliest planned one after it, aggregated in the database
	 * (one row per contact, however long the history).
	 */
	public List<ContactLatest> latestPerContact(long ownerId, LocalDate today) {
		return this.interactions.findLatestPerContact(ownerId, today);
	}

	/**
	 * The distinct days within [from, to] on which the owner had an interaction with each
	 * of these contacts, by contact, each contact's days in ascending order.
	 */
	public Map<Long, List<LocalDate>> daysOf(long ownerId, Collection<Long> contactIds, LocalDate from, LocalDate to) {
		Map<Long, List<LocalDate>> days = new HashMap<>();
		if (contactIds.isEmpty()) {
			return days;
		}
		for (Object[] row : this.interactions.findContactDaysBetween(ownerId, contactIds, from, to)) {
			days.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((LocalDate) row[1]);
		}
		days.values().forEach(list -> list.sort(Comparator.naturalOrder()));
		return days;
	}

	/**
	 * How many distinct (contact, day) pairs within [from, to] the owner had an
	 * interaction on, counted in the database.
	 */
	public long contactDaysBetween(long ownerId, LocalDate from, LocalDate to) {
		return this.interactions.countDaysPerContactBetween(ownerId, from, to)
			.stream()
			.mapToLong(Long::longValue)
			.sum();
	}

	/**
	 * Per contact and direction, how many of the owner's interactions of these kinds
	 * within [from, to] they took part in, counted in the database.
	 */
	public List<ContactDirectionCount> countsPerContactAndDirection(long ownerId, Collection<InteractionKind> kinds,
			LocalDate from, LocalDate to) {
		return kinds.isEmpty() ? List.of() : this.interactions.countPerContactAndDirection(ownerId, kinds, from, to);
	}

	/** Every row of the owner, for a full recompute. */
	public List<ContactInteraction> allRowsOf(long ownerId) {
		return this.participants.allRowsOf(ownerId);
	}

	@EventListener
	@Transactional
	void on(ContactDeleted event) {
		// The database has already dropped the participant rows; an interaction left with
		// nobody
		// in it means nothing any more.
		this.interactions.deleteAll(this.interactions.findWithoutParticipants(event.ownerId()));
	}

	private Set<Long> checkedParticipants(long ownerId, InteractionCommand command, LocalDate today) {
		if (command.date().isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
			throw new InvalidInteractionException("date", "interaction.date.tooFarAhead");
		}
		if (command.date().isBefore(EARLIEST_DATE)) {
			throw new InvalidInteractionException("date", "interaction.date.tooEarly");
		}
		Set<Long> participants = new LinkedHashSet<>(command.participantIds());
		participants.remove(null);
		if (participants.isEmpty()) {
			throw new InvalidInteractionException("participantIds", "interaction.participants.required");
		}
		if (this.contacts.refs(ownerId, participants).size() != participants.size()) {
			throw new InvalidInteractionException("participantIds", "interaction.participants.unknown");
		}
		return participants;
	}

	private void refreshLastInteraction(long ownerId, Set<Long> contactIds, LocalDate today) {
		for (long contactId : contactIds) {
			this.contacts.recordLastInteraction(ownerId, contactId,
					this.participants.lastDateOf(ownerId, contactId, today).orElse(null));
		}
	}

	private Interaction load(long ownerId, long interactionId) {
		return this.interactions.findByIdAndOwnerId(interactionId, ownerId)
			.orElseThrow(() -> new NotFoundException("Interaction", interactionId));
	}

	private Function<Interaction, InteractionView> viewMapper(long ownerId, List<Interaction> interactions,
			LocalDate today) {
		Map<Long, ContactRef> names = namesOf(ownerId, interactions);
		return interaction -> viewOf(interaction, names, today);
	}

	List<InteractionView> viewsOf(long ownerId, List<Interaction> interactions, LocalDate today) {
		return interactions.stream().map(viewMapper(ownerId, interactions, today)).toList();
	}

	private Map<Long, ContactRef> namesOf(long ownerId, List<Interaction> interactions) {
		Set<Long> ids = new HashSet<>();
		interactions.forEach(interaction -> ids.addAll(interaction.getParticipantIds()));
		return this.contacts.refs(ownerId, ids);
	}

	private static InteractionView viewOf(Interaction interaction, Map<Long, ContactRef> names, LocalDate today) {
		List<ContactRef> participants = interaction.getParticipantIds()
			.stream()
			.map(names::get)
			.filter(Objects::nonNull)
			.sorted(Comparator.comparing(ContactRef::displayName, String.CASE_INSENSITIVE_ORDER))
			.toList();
		return new InteractionView(interaction.getId(), interaction.getDate(), interaction.getKind(),
				interaction.getDirection(), participants, interaction.getSummary(), interaction.getNotes(),
				interaction.getDate().isAfter(today), interaction.getVersion());
	}

	private static String clean(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

}
