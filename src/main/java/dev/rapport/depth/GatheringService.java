package dev.rapport.depth;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.rapport.contact.ContactRef;
import dev.rapport.contact.ContactService;
import dev.rapport.interaction.ContactLatest;
import dev.rapport.interaction.Direction;
import dev.rapport.interaction.InteractionCommand;
import dev.rapport.interaction.InteractionKind;
import dev.rapport.interaction.InteractionService;
import dev.rapport.scoring.ScoreReading;
import dev.rapport.scoring.Scorer;
import dev.rapport.scoring.ScoringProperties;
import dev.rapport.scoring.ScoringService;
import dev.rapport.shared.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Small gatherings worth hosting, and logging one as a meal with everyone in it.
 */
@Service
@Transactional(readOnly = true)
public class GatheringService {

	/** How far back "met together before" looks. */
	static final int MET_TOGETHER_WINDOW_DAYS = 730;

	/**
	 * How many contacts' recent days one query reads for their learned rhythms: the
	 * request holds one batch of days at a time, not the history.
	 */
	static final int DAYS_BATCH = 500;

	private final ContactService contacts;

	private final InteractionService interactions;

	private final ScoringService scoring;

	private final GatheringPicker picker;

	private final MessageSource messages;

	GatheringService(ContactService contacts, InteractionService interactions, ScoringService scoring, Scorer scorer,
			ScoringProperties properties, MessageSource messages) {
		this.contacts = contacts;
		this.interactions = interactions;
		this.scoring = scoring;
		this.picker = new GatheringPicker(scorer, properties);
		this.messages = messages;
	}

	/** A gathering with names and its sentence. */
	public record Suggestion(List<ContactRef> people, String because) {

		public List<Long> contactIds() {
			return this.people.stream().map(ContactRef::id).toList();
		}

	}

	/**
	 * The gatherings worth hosting today. Nothing here reads the owner's whole history: B
	 * and the tier come from the stored scores, the latest and the next planned day of
	 * each contact from one aggregate query, and the days a learned rhythm needs (its gap
	 * window only) in batches of {@value #DAYS_BATCH} contacts, for those who can still
	 * be due.
	 */
	public List<Suggestion> suggestions(long ownerId, LocalDate today) {
		Set<Long> suggestable = this.contacts.suggestableIds(ownerId);
		Map<Long, Integer> rhythms = this.contacts.intendedRhythms(ownerId);
		Map<Long, List<String>> tags = this.contacts.tagsByContact(ownerId);
		Map<Long, ScoreReading> readings = this.scoring.readingsOf(ownerId, today);
		Map<Long, Double> due = new HashMap<>();
		Map<Long, GatheringPicker.Person> learning = new HashMap<>();
		for (ContactLatest latest : this.interactions.latestPerContact(ownerId, today)) {
			long id = latest.contactId();
			GatheringPicker.Person person = new GatheringPicker.Person(id,
					readings.getOrDefault(id, ScoreReading.noHistory()), latest.lastOnOrBefore(),
					latest.firstAfter() != null, rhythms.get(id), List.of(), suggestable.contains(id),
					tags.getOrDefault(id, List.of()));
			if (!this.picker.mayBeDue(person)) {
				continue;
			}
			if (person.intendedDays() != null) {
				putIfDue(due, person, today);
			}
			else {
				learning.put(id, person);
			}
		}
		List<Long> ids = List.copyOf(learning.keySet());
		for (int from = 0; from < ids.size(); from += DAYS_BATCH) {
			List<Long> batch = ids.subList(from, Math.min(ids.size(), from + DAYS_BATCH));
			Map<Long, List<LocalDate>> days = this.interactions.daysOf(ownerId, batch,
					this.picker.gapWindowStart(today), today);
			for (Long id : batch) {
				putIfDue(due, learning.get(id).withRecentDays(days.getOrDefault(id, List.of())), today);
			}
		}
		List<InteractionService.Group> groups = this.interactions.groupsBetween(ownerId,
				today.minusDays(MET_TOGETHER_WINDOW_DAYS), today);
		List<GatheringPicker.Gathering> picked = this.picker.pick(due, tags,
				groups.stream().map(InteractionService.Group::participantIds).toList(),
				groups.stream().map(InteractionService.Group::date).toList());
		Map<Long, ContactRef> names = this.contacts.refs(ownerId,
				picked.stream().flatMap(gathering -> gathering.contactIds().stream()).distinct().toList());
		Locale locale = LocaleContextHolder.getLocale();
		return picked.stream().map(gathering -> {
			List<ContactRef> refs = gathering.contactIds().stream().map(names::get).toList();
			return new Suggestion(refs, because(refs, gathering, locale));
		}).toList();
	}

	private void putIfDue(Map<Long, Double> due, GatheringPicker.Person person, LocalDate today) {
		Double weight = this.picker.dueWeight(person, today);
		if (weight != null) {
			due.put(person.contactId(), weight);
		}
	}

	private String because(List<ContactRef> people, GatheringPicker.Gathering gathering, Locale locale) {
		List<String> names = people.stream().map(ContactRef::displayName).toList();
		String joined = String.join(", ", names.subList(0, names.size() - 1)) + " "
				+ this.messages.getMessage("depth.gathering.and", null, locale) + " " + names.get(names.size() - 1);
		if (gathering.tag() != null) {
			return this.messages.getMessage("depth.gathering.becauseTag", new Object[] { joined, gathering.tag() },
					locale);
		}
		return this.messages.getMessage("depth.gathering.becauseMet",
				new Object[] { joined, gathering.metOn().format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale)) },
				locale);
	}

	/**
	 * Logs the gathering as a meal today with everyone in it (each of them is credited
	 * with it).
	 * @throws NotFoundException when one of them is not the owner's contact
	 */
	@Transactional
	public long logAsMeal(long ownerId, List<Long> contactIds, LocalDate today) {
		Map<Long, ContactRef> found = this.contacts.refs(ownerId, contactIds);
		for (Long id : contactIds) {
			if (!found.containsKey(id)) {
				throw new NotFoundException("Contact", id);
			}
		}
		String summary = this.messages.getMessage("depth.gathering.summary", null, LocaleContextHolder.getLocale());
		return this.interactions.log(ownerId, new InteractionCommand(today, InteractionKind.MEAL, Direction.ME,
				List.copyOf(new LinkedHashSet<>(contactIds)), summary, null, null), today);
	}

}
