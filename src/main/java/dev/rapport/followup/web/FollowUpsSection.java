package dev.rapport.followup.web;

import dev.rapport.account.Owner;
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

	FollowUpsSection(FollowUpService followUps) {
		this.followUps = followUps;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public View render(Owner owner, long contactId) {
		return new View("followup/section",
				new ContactFollowUps(contactId, this.followUps.ofContact(owner.id(), contactId, owner.today())));
	}

	record ContactFollowUps(long contactId, List<FollowUpView> followUps) {
	}

}
