package dev.rapport.depth;

import java.util.Set;
import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;
import dev.rapport.contact.ContactCommand;
import dev.rapport.contact.ContactService;
import dev.rapport.support.TestUsers;
import dev.rapport.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static dev.rapport.support.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The rhythm check page and its one-click loosening, with the real security chain. */
@WebIntegrationTest
class RhythmPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	@Test
	void showsThePromiseAgainstWhatWasManagedAndLoosensInOneClick() {
		AccountPrincipal owner = TestUsers.signUp(this.accounts, "Owner");
		long wes = this.contacts.create(owner.id(), weekly("Wes"));

		assertThat(this.mvc.get().uri("/rhythm").with(as(owner))).hasStatusOk()
			.bodyText()
			.contains(
					"Your 1 chosen rhythm adds up to 4.3 touches a month; over the last 90 days you managed 0.0 a month.")
			.contains("Wes Test", "every week \u2192 every 2 weeks");

		assertThat(this.mvc.post().uri("/rhythm/{id}/loosen", wes).param("toDays", "14").with(as(owner)).with(csrf()))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/rhythm");
		assertThat(this.contacts.get(owner.id(), wes).rhythmDays()).isEqualTo(14);
	}

	@Test
	void refusesAnotherUsersContactAndAnUnknownStep() {
		AccountPrincipal owner = TestUsers.signUp(this.accounts, "Owner");
		AccountPrincipal other = TestUsers.signUp(this.accounts, "Other");
		long wes = this.contacts.create(owner.id(), weekly("Wes"));

		assertThat(this.mvc.post().uri("/rhythm/{id}/loosen", wes).param("toDays", "14").with(as(other)).with(csrf()))
			.hasStatus(404);
		assertThat(this.mvc.post().uri("/rhythm/{id}/loosen", wes).param("toDays", "15").with(as(owner)).with(csrf()))
			.hasStatus3xxRedirection();
		assertThat(this.mvc.post().uri("/rhythm/{id}/loosen", wes).param("toDays", "14").with(as(owner)))
			.hasStatus(403);
		assertThat(this.contacts.get(owner.id(), wes).rhythmDays()).isEqualTo(7);
	}

	static ContactCommand weekly(String name) {
		return new ContactCommand(name, "Test", null, null, null, null, null, null, null, null, null, null, false,
				Set.of(), null, 7, null, null);
	}

}
