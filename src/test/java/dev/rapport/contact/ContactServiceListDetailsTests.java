package dev.rapport.contact;

import java.util.Set;
import dev.rapport.account.AccountService;
import dev.rapport.account.SignUp;
import dev.rapport.support.TestUsers;
import dev.rapport.support.WebIntegrationTest;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

@WebIntegrationTest
class ContactServiceListDetailsTests {

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	@Test
	void searchesLikeTheListButAnswersEveryFieldOfTheOwnersContactsOnly() {
		long owner = signUp();
		long other = signUp();
		this.contacts.create(owner, new ContactCommand("Ana", "Lima", "ana@example.com", null, "Acme", null, null, null,
				"Climbing gym", null, null, null, true, Set.of("climbing", "Berlin"), null));
		this.contacts.create(owner, new ContactCommand("Bruno", null, null, null, null, null, null, null, null, null,
				null, null, false, Set.of(), null));
		this.contacts.create(other, new ContactCommand("Ana", null, null, null, null, null, null, null, null, null,
				null, null, false, Set.of(), null));

		var page = this.contacts.listDetails(TestUsers.owner(owner),
				new ContactQuery("lima", "climbing", false, ContactSort.NAME), PageRequest.of(0, 10));

		assertThat(page.getContent()).singleElement().satisfies(ana -> {
			assertThat(ana.howWeMet()).isEqualTo("Climbing gym");
			assertThat(ana.noSuggest()).isTrue();
			assertThat(ana.tags()).containsExactlyInAnyOrder("climbing", "Berlin");
		});
		assertThat(this.contacts.listDetails(TestUsers.owner(other), ContactQuery.all(), PageRequest.of(0, 10))
			.getContent()).extracting(ContactDetails::lastName).containsOnlyNulls();
	}

	private long signUp() {
		return this.accounts
			.signUp(new SignUp("Details", "details-" + System.nanoTime() + "@example.com", TestUsers.PASSWORD, "UTC"))
			.id();
	}

}
