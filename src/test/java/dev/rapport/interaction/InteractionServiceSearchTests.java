package dev.rapport.interaction;

import java.util.Set;
import java.time.LocalDate;
import java.util.List;

import dev.rapport.account.AccountService;
import dev.rapport.account.SignUp;
import dev.rapport.contact.ContactCommand;
import dev.rapport.contact.ContactService;
import dev.rapport.support.TestClock;
import dev.rapport.support.TestUsers;
import dev.rapport.support.WebIntegrationTest;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

@WebIntegrationTest
class InteractionServiceSearchTests {

	static final LocalDate TODAY = TestClock.TODAY;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	@Autowired
	InteractionService interactions;

	@Test
	void filtersTheOwnersInteractionsByContactAndDatesOnly() {
		long owner = signUp();
		long other = signUp();
		long ana = this.contacts.create(owner, contact("Ana"));
		long bruno = this.contacts.create(owner, contact("Bruno"));
		long strangersContact = this.contacts.create(other, contact("Ana"));
		long october = log(owner, "2026-10-05", ana);
		long november = log(owner, "2026-11-05", ana, bruno);
		log(other, "2026-11-05", strangersContact);

		assertThat(search(owner, null, null, null)).containsExactly(november, october);
		assertThat(search(owner, bruno, null, null)).containsExactly(november);
		assertThat(search(owner, null, LocalDate.of(2026, 11, 1), null)).containsExactly(november);
		assertThat(search(owner, ana, null, LocalDate.of(2026, 10, 31))).containsExactly(october);
		assertThat(search(owner, strangersContact, null, null)).isEmpty();
		assertThat(search(other, ana, null, null)).isEmpty();
	}

	private List<Long> search(long owner, Long contactId, LocalDate from, LocalDate to) {
		return this.interactions.search(owner, new InteractionFilter(contactId, from, to), TODAY, PageRequest.of(0, 20))
			.map(InteractionView::id)
			.getContent();
	}

	private long log(long owner, String date, Long... participants) {
		return this.interactions.log(owner, new InteractionCommand(LocalDate.parse(date), InteractionKind.CALL,
				Direction.ME, List.of(participants), null, null, null), TODAY);
	}

	private static ContactCommand contact(String firstName) {
		return new ContactCommand(firstName, null, null, null, null, null, null, null, null, null, null, null, false,
				Set.of(), null);
	}

	private long signUp() {
		return this.accounts
			.signUp(new SignUp("Search", "search-" + System.nanoTime() + "@example.com", TestUsers.PASSWORD, "UTC"))
			.id();
	}

}
