package dev.rapport.depth.web;

import java.util.List;
import java.util.Locale;

import dev.rapport.depth.LifeEventService;
import dev.rapport.interaction.TimelineEvents;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Life events on the contact's timeline, between the interactions. */
@Component
class LifeEventTimeline implements TimelineEvents {

	private final LifeEventService lifeEvents;

	private final MessageSource messages;

	LifeEventTimeline(LifeEventService lifeEvents, MessageSource messages) {
		this.lifeEvents = lifeEvents;
		this.messages = messages;
	}

	@Override
	public List<Entry> eventsOf(long ownerId, long contactId) {
		Locale locale = LocaleContextHolder.getLocale();
		String prefix = this.messages.getMessage("timeline.lifeEvent", null, locale);
		return this.lifeEvents.ofContact(ownerId, contactId)
			.stream()
			.map(event -> new Entry(event.date(),
					prefix + ": " + this.messages.getMessage("depth.event.kind." + event.kind(), null, locale),
					event.note()))
			.toList();
	}

}
