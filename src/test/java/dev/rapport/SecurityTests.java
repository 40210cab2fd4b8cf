package dev.rapport;

import java.time.LocalDate;
import java.util.List;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;
import dev.rapport.contact.ContactService;
import dev.rapport.followup.FollowUpCommand;
import dev.rapport.followup.FollowUpService;
import dev.rapport.followup.Side;
import dev.rapport.interaction.Direction;
import dev.rapport.interaction.InteractionCommand;
import dev.rapport.interaction.InteractionKind;
import dev.rapport.interaction.InteractionService;
import dev.rapport.support.ContactMother;
import dev.rapport.support.TestClock;
import dev.rapport.support.TestUsers;
import dev.rapport.support.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static dev.rapport.support.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Who may see and change what: anonymous visitors see only sign-in and sign-up, forms
 * need a CSRF token, and one user's ids are a plain 404 for another user on every page
 * and action.
 */
@WebIntegrationTest
class SecurityTests {

	static final LocalDate TODAY = TestClock.TODAY;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	@Autowired
	InteractionService interactions;

	@Autowired
	FollowUpService followUps;

	AccountPrincipal alice;

	AccountPrincipal bob;

	long contactId;

	long interactionId;

	long followUpId;

	@BeforeEach
	void aliceHasData() {
		this.alice = TestUsers.signUp(this.accounts, "Alice");
		this.bob = TestUsers.signUp(this.accounts, "Bob");
		this.contactId = this.contacts.create(this.alice.id(), ContactMother.named("Ana", "Lima"));
		this.interactionId = this.interactions.log(this.alice.id(), new InteractionCommand(TODAY,
				InteractionKind.COFFEE, Direction.MUTUAL, List.of(this.contactId), "Coffee", null, null), TODAY);
		this.followUpId = this.followUps.create(this.alice.id(),
				new FollowUpCommand(this.contactId, this.interactionId, "Send the article", TODAY, Side.I_OWE, null));
	}

	@Test
	void anonymousVisitorsAreSentToSignInFromEveryPage() {
		for (String page : List.of("/", "/contacts", "/contacts/new", "/contacts/" + this.contactId, "/interactions",
				"/interactions/new", "/interactions/" + this.interactionId, "/follow-ups", "/follow-ups/new")) {
			assertThat(this.mvc.get().uri(page)).as(page)
				.hasStatus(HttpStatus.FOUND)
				.redirectedUrl()
				.endsWith("/login");
		}
		assertThat(this.mvc.post().uri("/contacts").with(csrf()).param("firstName", "Ann")).as("an anonymous form")
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/login");
		assertThat(this.contacts.count(this.alice.id())).isEqualTo(1);
	}

	@Test
	void signInAndSignUpPagesArePublic() {
		assertThat(this.mvc.get().uri("/login")).hasStatusOk();
		assertThat(this.mvc.get().uri("/signup")).hasStatusOk();
	}

	@Test
	void formsWithoutCsrfTokenAreForbidden() {
		assertThat(this.mvc.post().uri("/contacts").with(as(this.alice)).param("firstName", "Eve"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri("/contacts/" + this.contactId + "/delete").with(as(this.alice)))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.contacts.exists(this.alice.id(), this.contactId)).isTrue();
		assertThat(this.mvc.post().uri("/logout").with(as(this.alice))).as("sign-out").hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/login")
			.param("username", this.alice.email())
			.param("password", TestUsers.PASSWORD)).as("sign-in").hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void anotherUsersPagesAreNotFound() {
		for (String page : List.of("/contacts/" + this.contactId, "/contacts/" + this.contactId + "/edit",
				"/contacts/" + this.contactId + "/delete", "/interactions/" + this.interactionId,
				"/interactions/" + this.interactionId + "/edit", "/interactions/" + this.interactionId + "/delete")) {
			assertThat(this.mvc.get().uri(page).with(as(this.bob))).as(page).hasStatus(HttpStatus.NOT_FOUND);
		}
		assertThat(this.mvc.get().uri("/contacts/" + this.contactId).with(as(this.alice))).as("the owner's own page")
			.hasStatusOk();
	}

	@Test
	void anotherUsersActionsAreNotFoundAndChangeNothing() {
		String contact = "/contacts/" + this.contactId;
		String interaction = "/interactions/" + this.interactionId;
		String followUp = "/follow-ups/" + this.followUpId;
		for (String action : List.of(contact, contact + "/archive", contact + "/unarchive", contact + "/delete",
				interaction, interaction + "/delete", followUp + "/complete", followUp + "/reopen",
				followUp + "/snooze", followUp + "/delete")) {
			assertThat(this.mvc.post()
				.uri(action)
				.with(as(this.bob))
				.with(csrf())
				.param("firstName", "Mallory")
				.param("date", TODAY.toString())
				.param("kind", "CALL")
				.param("direction", "ME")
				.param("participantIds", String.valueOf(this.contactId))
				.param("until", TODAY.plusDays(3).toString())).as(action).hasStatus(HttpStatus.NOT_FOUND);
		}
		assertThat(this.contacts.get(this.alice.id(), this.contactId).firstName()).isEqualTo("Ana");
		assertThat(this.contacts.get(this.alice.id(), this.contactId).archived()).isFalse();
		assertThat(this.interactions.get(this.alice.id(), this.interactionId, TODAY).kind())
			.isEqualTo(InteractionKind.COFFEE);
		assertThat(this.followUps.get(this.alice.id(), this.followUpId, TODAY).done()).isFalse();
	}

	@Test
	void anotherUsersContactCannotBeUsedInTheirForms() {
		assertThat(this.mvc.post()
			.uri("/interactions")
			.with(as(this.bob))
			.with(csrf())
			.param("date", TODAY.toString())
			.param("kind", "CALL")
			.param("direction", "ME")
			.param("participantIds", String.valueOf(this.contactId))).hasStatusOk()
			.bodyText()
			.contains("One of the people picked is not in your contacts.");
		assertThat(this.mvc.post()
			.uri("/follow-ups")
			.with(as(this.bob))
			.with(csrf())
			.param("contactId", String.valueOf(this.contactId))
			.param("title", "Steal")
			.param("dueOn", TODAY.toString())
			.param("side", "I_OWE")).hasStatusOk().bodyText().contains("Pick one of your contacts.");
		assertThat(this.interactions.timeline(this.alice.id(), this.contactId, TODAY, PageRequest.of(0, 10))
			.getNumberOfElements()).isEqualTo(1);
	}

	@Test
	void anotherUsersDataNeverShowsInTheirLists() {
		for (String page : List.of("/", "/contacts", "/interactions", "/follow-ups")) {
			assertThat(this.mvc.get().uri(page).with(as(this.bob))).as(page)
				.hasStatusOk()
				.bodyText()
				.doesNotContain("Ana Lima")
				.doesNotContain("Send the article");
		}
		assertThat(this.mvc.get().uri("/contacts").with(as(this.alice))).hasStatusOk().bodyText().contains("Ana Lima");
	}

}
