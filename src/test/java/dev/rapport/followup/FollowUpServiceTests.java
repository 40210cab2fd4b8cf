package dev.rapport.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.support.TestClock;
import dev.rapport.support.TestFixtures;
import dev.rapport.support.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static dev.rapport.support.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@WebIntegrationTest
class FollowUpServiceTests {

	/** A Wednesday, the test profile's today. */
	static final LocalDate TODAY = TestClock.TODAY;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	FollowUpService followUps;

	@Autowired
	MockMvcTester mvc;

	AccountPrincipal owner;

	long ana;

	@BeforeEach
	void aContact() {
		this.owner = this.fixtures.signUp("Owner");
		this.ana = this.fixtures.contact(this.owner, "Ana", "Lima");
	}

	@Test
	void overviewSortsIntoOverdueDueSoonLaterAndDone() {
		long overdue = create("Overdue", TODAY.minusDays(1));
		long today = create("Today", TODAY);
		long inAWeek = create("In exactly a week", TODAY.plusDays(FollowUpService.DUE_SOON_DAYS));
		long later = create("A day after that", TODAY.plusDays(FollowUpService.DUE_SOON_DAYS + 1));
		long done = create("Done", TODAY.minusDays(3));
		this.followUps.complete(this.owner.id(), done, TODAY);

		FollowUpOverview overview = this.followUps.overview(this.owner.id(), TODAY);
		assertThat(overview.overdue()).extracting(FollowUpView::id).containsExactly(overdue);
		assertThat(overview.dueSoon()).extracting(FollowUpView::id).containsExactly(today, inAWeek);
		assertThat(overview.later()).extracting(FollowUpView::id).containsExactly(later);
		assertThat(overview.done()).extracting(FollowUpView::id).containsExactly(done);
		assertThat(overview.doneTotal()).isEqualTo(1);
	}

	@Test
	void theDashboardAndTheFollowUpsPageAgreeOnWhatIsDueSoon() {
		create("Overdue", TODAY.minusDays(1));
		create("In exactly a week", TODAY.plusDays(7));
		create("In eight days", TODAY.plusDays(8));
		FollowUpOverview overview = this.followUps.overview(this.owner.id(), TODAY);
		List<FollowUpView> dashboard = this.followUps.dueSoon(this.owner.id(), TODAY, PageRequest.of(0, 20));
		assertThat(dashboard).extracting(FollowUpView::title).containsExactly("Overdue", "In exactly a week");
		assertThat(dashboard).extracting(FollowUpView::id)
			.containsExactlyElementsOf(Stream.concat(overview.overdue().stream(), overview.dueSoon().stream())
				.map(FollowUpView::id)
				.toList());
		assertThat(this.mvc.get().uri("/").with(as(this.owner))).hasStatusOk()
			.bodyText()
			.contains("In exactly a week")
			.doesNotContain("In eight days");
	}

	@Test
	void snoozePresetsAreTomorrowTheComingMondayAndAMonthOn() {
		assertThat(SnoozeOption.presets(TODAY)).extracting(SnoozeOption::key, SnoozeOption::until)
			.containsExactly(tuple("tomorrow", LocalDate.of(2026, 11, 19)),
					tuple("nextWeek", LocalDate.of(2026, 11, 23)), tuple("nextMonth", LocalDate.of(2026, 12, 18)));
		LocalDate sunday = LocalDate.of(2026, 11, 22);
		assertThat(SnoozeOption.presets(sunday)).extracting(SnoozeOption::until)
			.containsExactly(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 22));
		LocalDate endOfJanuary = LocalDate.of(2027, 1, 31);
		assertThat(SnoozeOption.presets(endOfJanuary).get(2).until()).isEqualTo(LocalDate.of(2027, 2, 28));
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
			.param("side", "WAITING_ON_THEM")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/contacts/" + this.ana);
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
			.param("returnTo", "https://evil.example/")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/follow-ups");
		assertThat(this.mvc.post()
			.uri("/follow-ups/" + id + "/reopen")
			.with(as(this.owner))
			.with(csrf())
			.param("returnTo", "/contacts/" + this.ana)).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/contacts/" + this.ana);
	}

	private long create(String title, LocalDate dueOn) {
		return this.followUps.create(this.owner.id(),
				new FollowUpCommand(this.ana, null, title, dueOn, Side.I_OWE, null));
	}

}
