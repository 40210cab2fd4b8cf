package dev.rapport.interaction.web;

import dev.rapport.account.Owner;
import dev.rapport.contact.ContactPageSection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.rapport.interaction.InteractionService;
import dev.rapport.interaction.InteractionView;
import dev.rapport.interaction.TimelineEvents;

import org.springframework.data.domain.Slice;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The contact page's timeline: the latest interactions with this person, planned ones
 * first, with other modules' events (life events) slotted in by date, and a link to the
 * older ones. Only the shown interactions are read (and one more to know whether there
 * are older ones), so a long history costs the page nothing.
 */
@Component
class TimelineSection implements ContactPageSection {

	static final int SHOWN = 50;

	private final InteractionService interactions;

	private final List<TimelineEvents> events;

	TimelineSection(InteractionService interactions, List<TimelineEvents> events) {
		this.interactions = interactions;
		this.events = events;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public View render(Owner owner, long contactId) {
		Slice<InteractionView> shown = this.interactions.timeline(owner.id(), contactId, owner.today(),
				PageRequest.of(0, SHOWN));
		List<TimelineEvents.Entry> others = this.events.stream()
			.flatMap(source -> source.eventsOf(owner.id(), contactId).stream())
			.sorted(Comparator.comparing(TimelineEvents.Entry::date).reversed())
			.toList();
		return new View("interaction/timeline", new Timeline(contactId, shown, merged(shown.getContent(), others)));
	}

	/**
	 * Interactions (latest first, planned ones on top) with the other events slotted in
	 * by date.
	 */
	static List<Item> merged(List<InteractionView> interactions, List<TimelineEvents.Entry> others) {
		List<Item> items = new ArrayList<>(interactions.size() + others.size());
		int next = 0;
		for (InteractionView interaction : interactions) {
			while (next < others.size() && others.get(next).date().isAfter(interaction.date())) {
				items.add(new Item(null, others.get(next++)));
			}
			items.add(new Item(interaction, null));
		}
		while (next < others.size()) {
			items.add(new Item(null, others.get(next++)));
		}
		return items;
	}

	/** One line of the timeline: an interaction or another event. */
	record Item(InteractionView interaction, TimelineEvents.Entry event) {
	}

	record Timeline(long contactId, Slice<InteractionView> interactions, List<Item> items) {

		public boolean isEmpty() {
			return this.items.isEmpty();
		}

	}

}
