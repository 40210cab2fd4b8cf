package dev.rapport.followup;

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
class FollowUpServiceListTests {

	static final LocalDate TODAY = TestClock.TODAY;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	@Autowired
	FollowUpService followUps;

	@Test
	void listsOnlyTheOwnersFollowUpsOpenFirstAndFiltered() {
		long owner = signUp();
		long other = signUp();
		long ana = this.contacts.create(owner, contact("Ana"));
		long bruno = this.contacts.create(owner, contact("Bruno"));
		long later = create(owner, ana, "2026-12-01");
		long soon = create(owner, bruno, "2026-11-20");
		long done = create(owner, ana, "2026-11-02");
		this.followUps.complete(owner, done, TODAY);
		create(other, this.contacts.create(other, contact("Cleo")), "2026-11-19");

		assertThat(list(owner, null, null)).containsExactly(soon, later, done);
		assertThat(list(owner, null, FollowUpFilter.Status.OPEN)).containsExactly(soon, later);
		assertThat(list(owner, ana, FollowUpFilter.Status.DONE)).containsExactly(done);
		assertThat(list(owner, ana, FollowUpFilter.Status.ALL)).containsExactly(later, done);
		assertThat(list(other, ana, null)).isEmpty();
	}

	private List<Long> list(long owner, Long contactId, FollowUpFilter.Status status) {
		return this.followUps.list(owner, new FollowUpFilter(contactId, status), TODAY, PageRequest.of(0, 20))
			.map(FollowUpView::id)
			.getContent();
	}

	private long create(long owner, long contactId, String dueOn) {
		return this.followUps.create(owner,
				new FollowUpCommand(contactId, null, "Call back", LocalDate.parse(dueOn), Side.I_OWE, null));
	}

	private static ContactCommand contact(String firstName) {
		return new ContactCommand(firstName, null, null, null, null, null, null, null, null, null, null, null, false,
				Set.of(), null);
	}

	private long signUp() {
		return this.accounts
			.signUp(new SignUp("List", "list-" + System.nanoTime() + "@example.com", TestUsers.PASSWORD, "UTC"))
			.id();
	}

}
