package dev.rapport.followup.web;

import dev.rapport.account.CurrentUser;
import dev.rapport.contact.ContactPageSection;
import dev.rapport.followup.FollowUpService;
import dev.rapport.followup.FollowUpView;

import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The contact page's follow-ups: open ones first, then done.
 */
@Component
class FollowUpsSection implements ContactPageSection {

	private final FollowUpService followUps;

	private final CurrentUser currentUser;

	FollowUpsSection(FollowUpService followUps, CurrentUser currentUser) {
		this.followUps = followUps;
		this.currentUser = currentUser;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public View render(long ownerId, long contactId) {
		return new View("followup/section", new ContactFollowUps(contactId,
				this.followUps.ofContact(ownerId, contactId, this.currentUser.today())));
	}

	record ContactFollowUps(long contactId, List<FollowUpView> followUps) {
	}

}
