package dev.rapport.contact.web;

import java.util.List;

import dev.rapport.account.Owner;
import dev.rapport.contact.ContactService;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The people picker's type-ahead where not every contact is on the page (the dashboard's
 * quick log): the signed-in user's active contacts whose name, company or email contains
 * what was typed. Session-authenticated like the pages; scripts use the token API
 * instead.
 */
@RestController
class PeoplePickerController {

	static final int SHOWN = 8;

	static final int LONGEST_QUERY = 200;

	private final ContactService contacts;

	PeoplePickerController(ContactService contacts) {
		this.contacts = contacts;
	}

	@GetMapping(path = "/contacts/picker", produces = MediaType.APPLICATION_JSON_VALUE)
	List<Person> find(Owner owner, @RequestParam(name = "q", defaultValue = "") String query) {
		String text = query.strip();
		if (text.isEmpty() || text.length() > LONGEST_QUERY) {
			return List.of();
		}
		return this.contacts.search(owner.id(), text, SHOWN)
			.stream()
			.map(ref -> new Person(ref.id(), ref.displayName()))
			.toList();
	}

	record Person(long id, String name) {
	}

}
