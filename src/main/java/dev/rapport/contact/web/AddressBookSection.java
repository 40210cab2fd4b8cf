package dev.rapport.contact.web;

import dev.rapport.account.Owner;
import dev.rapport.contact.AddressBookContacts;
import dev.rapport.contact.ContactChannels;
import dev.rapport.contact.ContactPageSection;

import org.springframework.stereotype.Component;

/**
 * The contact page's "how to reach them" (the photo is the avatar at the top): every
 * email, phone and postal address an address book brought, each with its label. Shown
 * only when there is more than the primary email and phone the details card already
 * lists.
 */
@Component
class AddressBookSection implements ContactPageSection {

	private final AddressBookContacts addressBooks;

	AddressBookSection(AddressBookContacts addressBooks) {
		this.addressBooks = addressBooks;
	}

	@Override
	public int order() {
		return 1;
	}

	@Override
	public View render(Owner owner, long contactId) {
		ContactChannels channels = this.addressBooks.channels(owner.id(), contactId);
		boolean worthShowing = channels.emails().size() > 1 || channels.phones().size() > 1
				|| !channels.addresses().isEmpty();
		return new View("contact/channels", new Data(contactId, channels, worthShowing));
	}

	record Data(long contactId, ContactChannels channels, boolean worthShowing) {
	}

}
