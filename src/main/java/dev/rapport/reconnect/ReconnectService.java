package dev.rapport.reconnect;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.rapport.account.AccountService;
import dev.rapport.contact.AddressBookContacts;
import dev.rapport.contact.ContactRef;
import dev.rapport.contact.ContactService;
import dev.rapport.contact.DateKind;
import dev.rapport.contact.ImportantDateService;
import dev.rapport.contact.UpcomingDate;
import dev.rapport.interaction.ContactInteraction;
import dev.rapport.interaction.InteractionLogged;
import dev.rapport.interaction.InteractionService;
import dev.rapport.reconnect.internal.NotNow;
import dev.rapport.reconnect.internal.NotNowRepository;
import dev.rapport.reconnect.internal.ReconnectSuggestion;
import dev.rapport.reconnect.internal.ReconnectWeek;
import dev.rapport.reconnect.internal.ReconnectWeekRepository;
import dev.rapport.scoring.ScoreReading;
import dev.rapport.scoring.ScoredInteraction;
import dev.rapport.scoring.Scorer;
import dev.rapport.scoring.ScoringProperties;
import dev.rapport.scoring.ScoringService;
import dev.rapport.shared.NotFoundException;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One owner's weekly reconnect lists. The current week's list is computed on first sight
 * (the owner's week starts on Monday in their time zone) and stored; after that it only
 * changes by what the user does: done, not now, don't suggest, or logging an interaction
 * with someone on it.
 */
@Service
public class ReconnectService {

	private final ReconnectWeekRepository weeks;

	private final NotNowRepository notNows;

	private final InteractionService interactions;

	private final ContactService contacts;

	private final AccountService accounts;

	private final WeeklyListPicker picker;

	private final ScoringService scoring;

	private final ImportantDateService dates;

	private final AddressBookContacts addressBooks;

	private final int maxSuggestions;

	private final int notNowDays;

	private final ReasonWriter reasons;

	private final Clock clock;

	private final TransactionTemplate writing;

	private final TransactionTemplate reading;

	ReconnectService(ReconnectWeekRepository weeks, NotNowRepository notNows, InteractionService interactions,
			ContactService contacts, AccountService accounts, Scorer scorer, ScoringService scoring,
			ScoringProperties properties, ReasonWriter reasons, Clock clock, PlatformTransactionManager transactions,
			ImportantDateService dates, AddressBookContacts addressBooks) {
		this.addressBooks = addressBooks;
		this.scoring = scoring;
		this.weeks = weeks;
		this.dates = dates;
		this.maxSuggestions = properties.thisWeek().maxSuggestions();
		this.notNowDays = properties.thisWeek().notNowDays();
		this.notNows = notNows;
		this.interactions = interactions;
		this.contacts = contacts;
		this.accounts = accounts;
		this.picker = new WeeklyListPicker(scorer, properties);
		this.reasons = reasons;
		this.clock = clock;
		this.writing = new TransactionTemplate(transactions);
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
	}

	/** The Monday of the week {@code day} falls in. */
	public static LocalDate weekStartOf(LocalDate day) {
		return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	/**
	 * Which week a request for {@code requested} (any day of it; null for this week)
	 * names, the one rule for the page and the API: this week, a past week (its Monday),
	 * or a week still to come, which has no list (the page shows this week instead, the
	 * API refuses it).
	 */
	public static WeekChoice chooseWeek(LocalDate requested, LocalDate today) {
		LocalDate thisWeek = weekStartOf(today);
		LocalDate weekStart = (requested == null) ? thisWeek : weekStartOf(requested);
		if (weekStart.equals(thisWeek)) {
			return new WeekChoice(weekStart, WeekChoice.When.THIS_WEEK);
		}
		return new WeekChoice(weekStart, weekStart.isAfter(today) ? WeekChoice.When.FUTURE : WeekChoice.When.PAST);
	}

	/**
	 * A week a request names: its Monday and whether it is this week, past or to come.
	 */
	public record WeekChoice(LocalDate weekStart, When when) {

		public enum When {

			THIS_WEEK, PAST, FUTURE

		}

	}

	/**
	 * This week's list: the stored one, or computed now and stored when this is the
	 * week's first look.
	 */
	public WeekList thisWeek(long ownerId, LocalDate today) {
		LocalDate weekStart = weekStartOf(today);
		Optional<WeekList> stored = this.reading.execute(status -> viewOf(ownerId, weekStart, today));
		if (stored.isPresent()) {
			return stored.get();
		}
		try {
			this.writing.executeWithoutResult(status -> compute(ownerId, weekStart, today));
		}
		catch (DataIntegrityViolationException ex) {
			// Another request stored this week's list first: show that one, so everyone
			// sees the same.
		}
		return this.reading.execute(status -> viewOf(ownerId, weekStart, today)).orElseThrow();
	}

	/** A stored week's list as it ended up; empty when no list was computed that week. */
	@Transactional(readOnly = true)
	public Optional<WeekList> weekOf(long ownerId, LocalDate anyDayOfWeek, LocalDate today) {
		return viewOf(ownerId, weekStartOf(anyDayOfWeek), today);
	}

	/**
	 * Marks one suggestion of this week's list done, not now (hidden for
	 * {@code notNowDays} across weeks) or don't suggest (the contact is never suggested
	 * again). The one place the rules live: only this week's list can be changed, and a
	 * settled suggestion keeps what was decided first.
	 */
	@Transactional
	public SettleOutcome settle(long ownerId, long suggestionId, SuggestionStatus status, LocalDate today) {
		ReconnectSuggestion suggestion = this.weeks.findSuggestion(ownerId, suggestionId)
			.orElseThrow(() -> new NotFoundException("Suggestion", suggestionId));
		if (!onThisWeeksList(ownerId, suggestion, today)) {
			return SettleOutcome.NOT_THIS_WEEK;
		}
		if (!suggestion.settle(status, today)) {
			return (suggestion.getStatus() == status) ? SettleOutcome.ALREADY_SO : SettleOutcome.SETTLED_OTHERWISE;
		}
		if (status == SuggestionStatus.NOT_NOW) {
			this.notNows.findByOwnerIdAndContactId(ownerId, suggestion.getContactId())
				.ifPresentOrElse(notNow -> notNow.hideAgain(today),
						() -> this.notNows.save(new NotNow(ownerId, suggestion.getContactId(), today)));
		}
		else if (status == SuggestionStatus.DONT_SUGGEST) {
			this.contacts.stopSuggesting(ownerId, suggestion.getContactId());
		}
		return SettleOutcome.SETTLED;
	}

	/**
	 * The suggestion for {@code contactId} on this week's list (computed now when this is
	 * the week's first look), for callers that know people rather than suggestions.
	 * @throws NotFoundException when the contact is not on this week's list
	 */
	public long thisWeeksSuggestionFor(long ownerId, long contactId, LocalDate today) {
		return thisWeek(ownerId, today).suggestions()
			.stream()
			.filter(candidate -> candidate.contact().id() == contactId)
			.findFirst()
			.map(SuggestionView::id)
			.orElseThrow(() -> new NotFoundException("Suggestion", contactId));
	}

	/**
	 * Undo for {@link #settle}: the suggestion is open again and what settling did
	 * elsewhere is taken back ("not now" no longer hides the contact, "don't suggest" is
	 * lifted). Only this week's list can be changed.
	 * @return false when there was nothing to take back
	 */
	@Transactional
	public boolean reopen(long ownerId, long suggestionId, LocalDate today) {
		ReconnectSuggestion suggestion = this.weeks.findSuggestion(ownerId, suggestionId)
			.orElseThrow(() -> new NotFoundException("Suggestion", suggestionId));
		if (!onThisWeeksList(ownerId, suggestion, today)) {
			return false;
		}
		Optional<SuggestionStatus> previous = suggestion.reopen();
		previous.filter(status -> status == SuggestionStatus.NOT_NOW)
			.flatMap(status -> this.notNows.findByOwnerIdAndContactId(ownerId, suggestion.getContactId()))
			.ifPresent(this.notNows::delete);
		previous.filter(status -> status == SuggestionStatus.DONT_SUGGEST)
			.ifPresent(status -> this.contacts.resumeSuggesting(ownerId, suggestion.getContactId()));
		return previous.isPresent();
	}

	private boolean onThisWeeksList(long ownerId, ReconnectSuggestion suggestion, LocalDate today) {
		return this.weeks.findWeek(ownerId, weekStartOf(today))
			.map(week -> week.getSuggestions().contains(suggestion))
			.orElse(false);
	}

	/** The suggestion as it is now, for an inline update of the page. */
	@Transactional(readOnly = true)
	public SuggestionView suggestion(long ownerId, long suggestionId) {
		ReconnectSuggestion suggestion = this.weeks.findSuggestion(ownerId, suggestionId)
			.orElseThrow(() -> new NotFoundException("Suggestion", suggestionId));
		return viewsOf(ownerId, List.of(suggestion)).get(0);
	}

	/**
	 * Drops the list of the week {@code today} falls in, so the next look computes it
	 * afresh: for when the whole network changed at once (sample data loaded or removed),
	 * not for everyday edits.
	 */
	@Transactional
	public void forgetThisWeek(long ownerId, LocalDate today) {
		this.weeks.findWeek(ownerId, weekStartOf(today)).ifPresent(this.weeks::delete);
	}

	/**
	 * Someone on this week's list was met (done) or will be (planned: nothing to remind).
	 * Runs in the logging transaction, so the list never disagrees with the interactions.
	 */
	@EventListener
	@Transactional
	void on(InteractionLogged event) {
		LocalDate today = LocalDate.now(this.clock.withZone(this.accounts.zoneOf(event.ownerId())));
		SuggestionStatus status = event.date().isAfter(today) ? SuggestionStatus.PLANNED : SuggestionStatus.DONE;
		this.weeks.findSuggestions(event.ownerId(), weekStartOf(today), event.participantIds())
			.forEach(suggestion -> suggestion.settle(status, today));
		LocalDate weekOfTheDay = weekStartOf(event.date());
		if (status == SuggestionStatus.DONE && weekOfTheDay.isBefore(weekStartOf(today))) {
			// Logged late (Friday's coffee on Monday): it still counts for the week it
			// happened in.
			this.weeks.findSuggestions(event.ownerId(), weekOfTheDay, event.participantIds())
				.forEach(suggestion -> suggestion.settle(SuggestionStatus.DONE, today));
		}
	}

	private void compute(long ownerId, LocalDate weekStart, LocalDate today) {
		Set<Long> suggestable = this.contacts.suggestableIds(ownerId);
		Map<Long, LocalDate> knownSince = this.contacts.knownSinceDates(ownerId);
		Map<Long, Integer> intendedRhythms = this.contacts.intendedRhythms(ownerId);
		Map<Long, LocalDate> notNowOn = new HashMap<>();
		this.notNows.findAllOf(ownerId).forEach(notNow -> notNowOn.put(notNow.getContactId(), notNow.getHiddenOn()));
		Map<Long, List<ScoredInteraction>> rows = new HashMap<>();
		for (ContactInteraction row : this.interactions.allRowsOf(ownerId)) {
			if (suggestable.contains(row.contactId())) {
				rows.computeIfAbsent(row.contactId(), id -> new ArrayList<>())
					.add(new ScoredInteraction(row.date(), row.kind(), row.direction()));
			}
		}
		Map<Long, ScoreReading> readings = this.scoring.readingsOf(ownerId, today);
		List<WeeklyListPicker.Candidate> candidates = new ArrayList<>(rows.size());
		rows.forEach((contactId,
				contactRows) -> candidates.add(new WeeklyListPicker.Candidate(contactId, contactRows,
						knownSince.get(contactId), true, notNowOn.get(contactId),
						readings.getOrDefault(contactId, ScoreReading.noHistory()), intendedRhythms.get(contactId))));
		List<WeeklyListPicker.Pick> picks = this.picker.pick(candidates, today);
		Map<Long, ContactRef> names = this.contacts.refs(ownerId,
				picks.stream().map(WeeklyListPicker.Pick::contactId).toList());
		ReconnectWeek week = new ReconnectWeek(ownerId, weekStart, this.clock.instant());
		for (WeeklyListPicker.Pick pick : picks) {
			String name = names.get(pick.contactId()).displayName();
			week.suggest(pick.contactId(), pick.bucket(), pick.rank(), this.reasons.sentence(name, pick.reason()));
		}
		addBirthdays(week, picks, suggestable, notNowOn, today);
		this.weeks.saveAndFlush(week);
	}

	/**
	 * A birthday from today to Sunday is a gentle reason to get in touch: such people
	 * join the list (as keep warm) while it has room, never beyond its cap, and not when
	 * the user said "not now" or "don't suggest".
	 */
	private void addBirthdays(ReconnectWeek week, List<WeeklyListPicker.Pick> picks, Set<Long> suggestable,
			Map<Long, LocalDate> notNowOn, LocalDate today) {
		Set<Long> picked = new HashSet<>();
		picks.forEach(pick -> picked.add(pick.contactId()));
		int rank = picks.size();
		LocalDate sunday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
		int days = (int) ChronoUnit.DAYS.between(today, sunday) + 1;
		for (UpcomingDate birthday : this.dates.upcoming(week.getOwnerId(), today, days)) {
			if (rank >= this.maxSuggestions) {
				return;
			}
			long contactId = birthday.contactId();
			if (birthday.kind() != DateKind.BIRTHDAY || picked.contains(contactId) || !suggestable.contains(contactId)
					|| (notNowOn.containsKey(contactId)
							&& notNowOn.get(contactId).plusDays(this.notNowDays).isAfter(today))) {
				continue;
			}
			picked.add(contactId);
			rank++;
			week.suggest(contactId, SuggestionBucket.KEEP_WARM, rank,
					this.reasons.birthday(birthday.contactName(), birthday.on(), today));
		}
	}

	private Optional<WeekList> viewOf(long ownerId, LocalDate weekStart, LocalDate today) {
		return this.weeks.findWeek(ownerId, weekStart)
			.map(week -> new WeekList(weekStart, weekStart.equals(weekStartOf(today)),
					viewsOf(ownerId, week.getSuggestions()),
					this.weeks.findWeekStartBefore(ownerId, weekStart).orElse(null)));
	}

	private List<SuggestionView> viewsOf(long ownerId, List<ReconnectSuggestion> suggestions) {
		List<Long> contactIds = suggestions.stream().map(ReconnectSuggestion::getContactId).toList();
		Map<Long, ContactRef> names = this.contacts.refs(ownerId, contactIds);
		// one query for the whole list, so each avatar knows whether it has a photo
		Set<Long> withPhotos = this.addressBooks.withPhotos(ownerId, contactIds);
		return suggestions.stream()
			.filter(suggestion -> names.containsKey(suggestion.getContactId()))
			.map(suggestion -> new SuggestionView(suggestion.getId(), names.get(suggestion.getContactId()),
					withPhotos.contains(suggestion.getContactId()), suggestion.getBucket(), suggestion.getRank(),
					suggestion.getReason(), suggestion.getStatus(), suggestion.getStatusChangedOn()))
			.toList();
	}

}
