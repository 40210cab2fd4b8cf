package dev.rapport.depth.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import dev.rapport.account.Owner;
import dev.rapport.contact.ContactPageSection;
import dev.rapport.depth.BreakingBread;
import dev.rapport.depth.BreakingBreadService;
import dev.rapport.depth.LifeEventProposalView;
import dev.rapport.depth.LifeEventService;
import dev.rapport.depth.LifeEventView;
import dev.rapport.shared.Durations;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The contact page's depth cards: when you last broke bread, in one sentence, and the
 * person's life events with what an import noticed.
 */
@Component
class DepthSection implements ContactPageSection {

	private final BreakingBreadService breakingBread;

	private final MessageSource messages;

	private final LifeEventService lifeEvents;

	DepthSection(BreakingBreadService breakingBread, MessageSource messages, LifeEventService lifeEvents) {
		this.lifeEvents = lifeEvents;
		this.breakingBread = breakingBread;
		this.messages = messages;
	}

	/**
	 * Right below the score: it is the other half of "how is this relationship going".
	 */
	@Override
	public int order() {
		return 5;
	}

	@Override
	public View render(Owner owner, long contactId) {
		LocalDate today = owner.today();
		BreakingBread.LastTime last = this.breakingBread.lastBrokeBread(owner.id(), contactId, today).orElse(null);
		return new View("depth/section", new DepthCard(contactId, last, breadSentence(last, today),
				this.lifeEvents.ofContact(owner.id(), contactId), this.lifeEvents.proposalsOf(owner.id(), contactId)));
	}

	private String breadSentence(BreakingBread.LastTime last, LocalDate today) {
		Locale locale = LocaleContextHolder.getLocale();
		if (last == null) {
			return this.messages.getMessage("depth.bread.never", null, locale);
		}
		long days = ChronoUnit.DAYS.between(last.date(), today);
		// "today", "yesterday", "6 weeks ago": the same words as This week and the score
		String when = this.messages.getMessage(Durations.ago(days), locale);
		return this.messages.getMessage("depth.bread.last",
				new Object[] { this.messages.getMessage("depth.bread.kind." + last.kind(), null, locale),
						last.date().format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale)), when },
				locale);
	}

	/** What the card shows; {@code lastBrokeBread} is null when they never did. */
	record DepthCard(long contactId, BreakingBread.LastTime lastBrokeBread, String breadSentence,
			List<LifeEventView> lifeEvents, List<LifeEventProposalView> proposals) {
	}

}
