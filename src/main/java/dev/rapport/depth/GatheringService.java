package dev.rapport.depth;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.rapport.contact.ContactRef;
import dev.rapport.contact.ContactService;
import dev.rapport.interaction.ContactInteraction;
import dev.rapport.interaction.Direction;
import dev.rapport.interaction.InteractionForm;
import dev.rapport.interaction.InteractionKind;
import dev.rapport.interaction.InteractionService;
import dev.rapport.scoring.ScoredInteraction;
import dev.rapport.scoring.Scorer;
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

	private final ContactService contacts;

	private final InteractionService interactions;

	private final GatheringPicker picker;

	private final MessageSource messages;

	GatheringService(ContactService contacts, InteractionService interactions, Scorer scorer, MessageSource messages) {
		this.contacts = contacts;
		this.interactions = interactions;
		this.picker = new GatheringPicker(scorer);
		this.messages = messages;
	}

	/** A gathering with names and its sentence. */
	public record Suggestion(List<ContactRef> people, String because) {

		public List<Long> contactIds() {
			return this.people.stream().map(ContactRef::id).toList();
		}

	}

	public List<Suggestion> suggestions(long ownerId, LocalDate today) {
		Set<Long> suggestable = this.contacts.suggestableIds(ownerId);
		Map<Long, LocalDate> knownSince = this.contacts.knownSinceDates(ownerId);
		Map<Long, Integer> rhythms = this.contacts.intendedRhythms(ownerId);
		Map<Long, List<String>> tags = this.contacts.tagsByContact(ownerId);
		Map<Long, List<ScoredInteraction>> rows = new HashMap<>();
		for (ContactInteraction row : this.interactions.allRowsOf(ownerId)) {
			if (suggestable.contains(row.contactId())) {
				rows.computeIfAbsent(row.contactId(), id -> new ArrayList<>())
					.add(new ScoredInteraction(row.date(), row.kind(), row.direction()));
			}
		}
		List<GatheringPicker.Person> people = new ArrayList<>();
		rows.forEach((id, contactRows) -> people.add(new GatheringPicker.Person(id, contactRows, knownSince.get(id),
				rhythms.get(id), true, tags.getOrDefault(id, List.of()))));
		List<InteractionService.Group> groups = this.interactions.groupsBetween(ownerId,
				today.minusDays(MET_TOGETHER_WINDOW_DAYS), today);
		List<GatheringPicker.Gathering> picked = this.picker.pick(people,
				groups.stream().map(InteractionService.Group::participantIds).toList(),
				groups.stream().map(InteractionService.Group::date).toList(), today);
		Map<Long, ContactRef> names = this.contacts.refs(ownerId,
				picked.stream().flatMap(gathering -> gathering.contactIds().stream()).distinct().toList());
		Locale locale = LocaleContextHolder.getLocale();
		return picked.stream().map(gathering -> {
			List<ContactRef> refs = gathering.contactIds().stream().map(names::get).toList();
			return new Suggestion(refs, because(refs, gathering, locale));
		}).toList();
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
		return this.interactions.log(ownerId, new InteractionForm(today, InteractionKind.MEAL, Direction.ME,
				List.copyOf(new LinkedHashSet<>(contactIds)), summary, null, null), today);
	}

}
