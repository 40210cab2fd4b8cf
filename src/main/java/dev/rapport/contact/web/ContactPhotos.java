package dev.rapport.contact.web;

import java.util.List;

import dev.rapport.account.CurrentUser;
import dev.rapport.contact.AddressBookContacts;

import org.springframework.stereotype.Component;

/**
 * For templates that show a few people from another module (This week's suggestions):
 * {@code @contactPhotos.has(id)} says whether the signed-in user's contact has a photo
 * from an address book, so the avatar shows it instead of the initials. One small indexed
 * query per person; long lists (the contact list) ask for all of theirs at once instead.
 */
@Component("contactPhotos")
public class ContactPhotos {

	private final AddressBookContacts addressBooks;

	private final CurrentUser currentUser;

	ContactPhotos(AddressBookContacts addressBooks, CurrentUser currentUser) {
		this.addressBooks = addressBooks;
		this.currentUser = currentUser;
	}

	public boolean has(long contactId) {
		return !this.addressBooks.withPhotos(this.currentUser.id(), List.of(contactId)).isEmpty();
	}

}
