package dev.rapport.shared.web;

import java.time.LocalDate;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;
import dev.rapport.contact.ContactQuery;
import dev.rapport.contact.ContactService;
import dev.rapport.followup.FollowUpCommand;
import dev.rapport.followup.FollowUpService;
import dev.rapport.followup.Side;
import dev.rapport.support.ContactMother;
import dev.rapport.support.TestUsers;
import dev.rapport.support.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static dev.rapport.support.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The pages answer bad input with the form and a message, or a 400, never a 500 and never
 * by storing something other than what was typed.
 */
@WebIntegrationTest
class BadInputPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	@Autowired
	FollowUpService followUps;

	AccountPrincipal owner;

	@BeforeEach
	void signUp() {
		this.owner = TestUsers.signUp(this.accounts, "Owner");
	}

	@Test
	void aReturnToWithTemplateBracesIsFollowedLiterallyNotExpanded() {
		long ana = this.contacts.create(this.owner.id(), ContactMother.named("Ana", "Lima"));
		long followUp = this.followUps.create(this.owner.id(),
				new FollowUpCommand(ana, null, "Call", LocalDate.of(2026, 11, 25), Side.I_OWE, null));

		for (String action : new String[] { "complete", "reopen" }) {
			assertThat(this.mvc.post()
				.uri("/follow-ups/" + followUp + "/" + action)
				.param("returnTo", "/{x}")
				.with(as(this.owner))
				.with(csrf())).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/%7Bx%7D");
		}
		assertThat(this.mvc.post()
			.uri("/follow-ups/" + followUp + "/reopen")
			.param("returnTo", "/contacts?q=\u00e9t\u00e9 x")
			.with(as(this.owner))
			.with(csrf())).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/contacts?q=%C3%A9t%C3%A9%20x");
		assertThat(this.mvc.post()
			.uri("/follow-ups/" + followUp + "/complete")
			.param("returnTo", "//evil.example/{x}")
			.with(as(this.owner))
			.with(csrf())).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/follow-ups");
	}

	@Test
	void aNulOrEmptyContactIdOnTheNewInteractionPageIsNoServerError() {
		assertThat(this.mvc.get().uri("/interactions/new?contactId=%00").with(as(this.owner))).hasStatus(400);
		assertThat(this.mvc.get().uri("/interactions/new?contactId=").with(as(this.owner))).hasStatusOk();
		assertThat(this.mvc.get().uri("/interactions/new?contactId=&contactId=7").with(as(this.owner))).hasStatusOk();
	}

	@Test
	void aContactFormWithNulAnInvisibleNameOrAnAbsurdDateIsShownAgainWithMessages() {
		assertThat(this.mvc.post().uri("/contacts").with(as(this.owner)).with(csrf()).param("firstName", "An\u0000a"))
			.hasStatusOk()
			.bodyText()
			.contains("Remove the control characters");
		assertThat(this.mvc.post()
			.uri("/contacts")
			.with(as(this.owner))
			.with(csrf())
			.param("firstName", "Ana")
			.param("lastName", "\u200b\u200b")).hasStatusOk().bodyText().contains("Enter a name that shows");
		assertThat(this.mvc.post()
			.uri("/contacts")
			.with(as(this.owner))
			.with(csrf())
			.param("firstName", "Ana")
			.param("knownSince", "1899-12-31")).hasStatusOk()
			.bodyText()
			.contains("Enter a year like 2015, or a month like 2015-03.");
		assertThat(this.mvc.post()
			.uri("/contacts")
			.with(as(this.owner))
			.with(csrf())
			.param("firstName", "Ana\u202Eevil")
			.param("birthday", "-5000-01-01")).hasStatusOk().bodyText().contains("text-direction control");
		assertThat(this.contacts.list(TestUsers.owner(this.owner.id()), ContactQuery.all(), PageRequest.of(0, 10)))
			.isEmpty();
	}

	@Test
	void aPageBeyondTheOffsetLimitIsA400() {
		assertThat(this.mvc.get().uri("/contacts?page=2147483647").with(as(this.owner))).hasStatus(400);
		// The interaction list pages from a position, not a number: one it does not know
		// starts from the newest.
		assertThat(this.mvc.get().uri("/interactions?olderThan=99999999999999999999").with(as(this.owner)))
			.hasStatusOk();
		assertThat(this.mvc.get().uri("/contacts?page=3").with(as(this.owner))).hasStatusOk();
	}

}
