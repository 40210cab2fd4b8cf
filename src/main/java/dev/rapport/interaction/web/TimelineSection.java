package dev.rapport.interaction.web;

import dev.rapport.account.CurrentUser;
import dev.rapport.contact.ContactPageSection;
import dev.rapport.interaction.InteractionService;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The contact page's timeline: the latest interactions with this person, planned ones first.
 */
@Component
class TimelineSection implements ContactPageSection {

	static final int SHOWN = 50;

	private final InteractionService interactions;

	private final CurrentUser currentUser;

	TimelineSection(InteractionService interactions, CurrentUser currentUser) {
		this.interactions = interactions;
		this.currentUser = currentUser;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public View render(long ownerId, long contactId) {
		return new View("interaction/timeline",
				new Timeline(contactId, this.interactions.timeline(ownerId, contactId, this.currentUser.today(),
						PageRequest.of(0, SHOWN))));
	}

	record Timeline(long contactId, org.springframework.data.domain.Page<dev.rapport.interaction.InteractionView> interactions) {
	}

}
