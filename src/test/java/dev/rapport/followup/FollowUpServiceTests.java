package dev.rapport.followup;

import java.time.LocalDate;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;
import dev.rapport.contact.ContactService;
import dev.rapport.support.ContactMother;
import dev.rapport.support.TestUsers;
import dev.rapport.support.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static dev.rapport.support.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@WebIntegrationTest
class FollowUpServiceTests {

	/** A Wednesday; this week runs to Sunday 22 November. */
	static final LocalDate TODAY = LocalDate.of(2026, 11, 18);

	@Autowired
	FollowUpService followUps;

	@Autowired
	ContactService contacts;

	@Autowired
	AccountService accounts;

	@Autowired
	MockMvcTester mvc;

	AccountPrincipal owner;

	long ana;

	@BeforeEach
	void aContact() {
		this.owner = TestUsers.signUp(this.accounts, "Owner");
		this.ana = this.contacts.create(this.owner.id(), ContactMother.named("Ana", "Lima"));
	}

	@Test
	void overviewSortsIntoOverdueThisWeekLaterAndDone() {
		long overdue = create("Overdue", TODAY.minusDays(1));
		long today = create("Today", TODAY);
		long sunday = create("Sunday", TODAY.plusDays(4));
		long monday = create("Next Monday", TODAY.plusDays(5));
		long done = create("Done", TODAY.minusDays(3));
		this.followUps.complete(this.owner.id(), done, TODAY);

		FollowUpOverview overview = this.followUps.overview(this.owner.id(), TODAY);
		assertThat(overview.overdue()).extracting(FollowUpView::id).containsExactly(overdue);
		assertThat(overview.dueThisWeek()).extracting(FollowUpView::id).containsExactly(today, sunday);
		assertThat(overview.later()).extracting(FollowUpView::id).containsExactly(monday);
		assertThat(overview.done()).extracting(FollowUpView::id).containsExactly(done);
	}

	@Test
	void snoozingMovesTheDueDateAndRefusesThePast() {
		long id = create("Call back", TODAY.minusDays(2));
		this.followUps.snooze(this.owner.id(), id, TODAY.plusDays(3), TODAY);
		assertThat(this.followUps.get(this.owner.id(), id, TODAY).dueOn()).isEqualTo(TODAY.plusDays(3));
		assertThatExceptionOfType(InvalidFollowUpException.class)
			.isThrownBy(() -> this.followUps.snooze(this.owner.id(), id, TODAY, TODAY));
		assertThat(this.followUps.get(this.owner.id(), id, TODAY).dueOn()).isEqualTo(TODAY.plusDays(3));
	}

	@Test
	void completeAndReopen() {
		long id = create("Send the article", TODAY);
		this.followUps.complete(this.owner.id(), id, TODAY);
		assertThat(this.followUps.get(this.owner.id(), id, TODAY).completedOn()).isEqualTo(TODAY);
		this.followUps.reopen(this.owner.id(), id);
		assertThat(this.followUps.get(this.owner.id(), id, TODAY).done()).isFalse();
	}

	@Test
	void aFollowUpFromTheWebGoesBackToTheContactPage() {
		assertThat(this.mvc.post()
			.uri("/follow-ups")
			.with(as(this.owner))
			.with(csrf())
			.param("contactId", String.valueOf(this.ana))
			.param("title", "Send the article")
			.param("dueOn", "2026-11-20")
			.param("side", "WAITING_ON_THEM")).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/contacts/" + this.ana);
		assertThat(this.mvc.get().uri("/contacts/" + this.ana).with(as(this.owner))).hasStatusOk()
			.bodyText()
			.contains("Send the article", "Waiting on them");
	}

	@Test
	void aFollowUpWithoutTitleOrDateIsRefusedOnThePage() {
		assertThat(this.mvc.post()
			.uri("/follow-ups")
			.with(as(this.owner))
			.with(csrf())
			.param("contactId", String.valueOf(this.ana))
			.param("title", "Call back")
			.param("dueOn", "not a date")
			.param("side", "I_OWE")).hasStatusOk()
			.bodyText()
			.contains("is-invalid", "Enter a date like 2026-11-18.")
			.doesNotContain("java.time");
		assertThat(this.mvc.post()
			.uri("/follow-ups")
			.with(as(this.owner))
			.with(csrf())
			.param("contactId", String.valueOf(this.ana))
			.param("title", " ")
			.param("dueOn", "2026-11-20")
			.param("side", "I_OWE")).hasStatusOk().bodyText().contains("is-invalid", "must not be blank");
		assertThat(this.followUps.ofContact(this.owner.id(), this.ana, TODAY)).isEmpty();
	}

	@Test
	void inlineActionsReturnOnlyToLocalPages() {
		long id = create("Call back", TODAY);
		assertThat(this.mvc.post()
			.uri("/follow-ups/" + id + "/complete")
			.with(as(this.owner))
			.with(csrf())
			.param("returnTo", "https://evil.example/")).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/follow-ups");
		assertThat(this.mvc.post()
			.uri("/follow-ups/" + id + "/reopen")
			.with(as(this.owner))
			.with(csrf())
			.param("returnTo", "/contacts/" + this.ana)).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/contacts/" + this.ana);
	}

	private long create(String title, LocalDate dueOn) {
		return this.followUps.create(this.owner.id(), new FollowUpForm(this.ana, null, title, dueOn, Side.I_OWE, null));
	}

}
