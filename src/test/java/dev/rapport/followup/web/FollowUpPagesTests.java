package dev.rapport.followup.web;

import java.time.LocalDate;
import java.util.Map;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.followup.FollowUpCommand;
import dev.rapport.followup.FollowUpService;
import dev.rapport.followup.FollowUpView;
import dev.rapport.followup.Side;
import dev.rapport.shared.web.Flash;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The follow-up pages in the browser's terms: editing, snoozing with presets, and the
 * done list.
 */
@WebIntegrationTest
class FollowUpPagesTests {

	/** The test profile's today, a Wednesday. */
	static final LocalDate TODAY = TestClock.TODAY;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	FollowUpService followUps;

	@Autowired
	MockMvcTester mvc;

	AccountPrincipal owner;

	long ana;

	long ben;

	@BeforeEach
	void twoContacts() {
		this.owner = this.fixtures.signUp("Owner");
		this.ana = this.fixtures.contact(this.owner, "Ana", "Lima");
		this.ben = this.fixtures.contact(this.owner, "Ben", "Okafor");
	}

	@Test
	void theEditFormShowsTheFollowUpAndSavingChangesItAndGoesBack() {
		long id = create("Send the article", TODAY.plusDays(2));
		assertThat(
				this.mvc.get().uri("/follow-ups/" + id + "/edit?returnTo=/contacts/" + this.ana).with(as(this.owner)))
			.hasStatusOk()
			.bodyText()
			.contains("Edit the follow-up", "value=\"Send the article\"", "value=\"2026-11-20\"",
					"action=\"/follow-ups/" + id + "\"", "name=\"returnTo\" value=\"/contacts/" + this.ana + "\"");

		assertThat(this.mvc.post()
			.uri("/follow-ups/" + id)
			.with(as(this.owner))
			.with(csrf())
			.param("contactId", String.valueOf(this.ben))
			.param("title", "Send Ben the article")
			.param("dueOn", "2026-11-25")
			.param("side", "WAITING_ON_THEM")
			.param("version", "0")
			.param("returnTo", "/contacts/" + this.ana)).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/contacts/" + this.ana);

		FollowUpView edited = this.followUps.get(this.owner.id(), id, TODAY);
		assertThat(edited.title()).isEqualTo("Send Ben the article");
		assertThat(edited.contact().id()).isEqualTo(this.ben);
		assertThat(edited.dueOn()).isEqualTo(LocalDate.of(2026, 11, 25));
		assertThat(edited.side()).isEqualTo(Side.WAITING_ON_THEM);
	}

	@Test
	void theFormListsOnlyThePersonPickedAndThoseFoundWithoutSaving() {
		assertThat(this.mvc.get().uri("/follow-ups/new?contactId=" + this.ana).with(as(this.owner))).hasStatusOk()
			.bodyText()
			.contains("selected=\"selected\">Ana Lima</option>")
			.doesNotContain("Ben Okafor");
		assertThat(this.mvc.post()
			.uri("/follow-ups")
			.with(as(this.owner))
			.with(csrf())
			.param("find", "people")
			.param("q", "okafor")
			.param("contactId", "")
			.param("title", "Typed before searching")
			.param("dueOn", "2026-11-25")
			.param("side", "I_OWE")).hasStatusOk()
			.bodyText()
			.contains("Ben Okafor</option>", "value=\"Typed before searching\"")
			.doesNotContain("Ana Lima", "is-invalid");
		assertThat(this.followUps.overview(this.owner.id(), TODAY).toString()).doesNotContain("Typed before searching");
	}

	@Test
	void anEditFromAStaleFormIsRefusedAndChangesNothing() {
		long id = create("Call back", TODAY.plusDays(2));
		this.followUps.update(this.owner.id(), id,
				new FollowUpCommand(this.ana, null, "Call back soon", TODAY.plusDays(3), Side.I_OWE, 0L));
		assertThat(this.mvc.post()
			.uri("/follow-ups/" + id)
			.with(as(this.owner))
			.with(csrf())
			.param("contactId", String.valueOf(this.ana))
			.param("title", "Overwrite")
			.param("dueOn", "2026-11-30")
			.param("side", "I_OWE")
			.param("version", "0")).hasStatusOk().bodyText().contains("Someone changed this in the meantime");
		assertThat(this.followUps.get(this.owner.id(), id, TODAY).title()).isEqualTo("Call back soon");
	}

	@Test
	void anEditWithoutATitleIsRefusedOnThePage() {
		long id = create("Call back", TODAY.plusDays(2));
		assertThat(this.mvc.post()
			.uri("/follow-ups/" + id)
			.with(as(this.owner))
			.with(csrf())
			.param("contactId", String.valueOf(this.ana))
			.param("title", "")
			.param("dueOn", "2026-11-30")
			.param("side", "I_OWE")
			.param("version", "0")).hasStatusOk()
			.bodyText()
			.contains("is-invalid", "action=\"/follow-ups/" + id + "\"");
		assertThat(this.followUps.get(this.owner.id(), id, TODAY).title()).isEqualTo("Call back");
	}

	@Test
	void anotherUsersFollowUpCannotBeOpenedOrEdited() {
		long id = create("Private", TODAY.plusDays(2));
		AccountPrincipal stranger = this.fixtures.signUp("Stranger");
		long strangersContact = this.fixtures.contact(stranger, "Zoe", "Stranger");
		assertThat(this.mvc.get().uri("/follow-ups/" + id + "/edit").with(as(stranger)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post()
			.uri("/follow-ups/" + id)
			.with(as(stranger))
			.with(csrf())
			.param("contactId", String.valueOf(strangersContact))
			.param("title", "Taken over")
			.param("dueOn", "2026-11-30")
			.param("side", "I_OWE")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.followUps.get(this.owner.id(), id, TODAY).title()).isEqualTo("Private");
	}

	@Test
	void eachFollowUpOffersSnoozePresetsThatMoveItsDueDate() {
		long id = create("Call back", TODAY.minusDays(1));
		assertThat(this.mvc.get().uri("/follow-ups").with(as(this.owner))).hasStatusOk()
			.bodyText()
			.contains("Snooze to tomorrow (Thu 19 Nov)", "Snooze to next week (Mon 23 Nov)",
					"Snooze to next month (Fri 18 Dec)", "name=\"until\" value=\"2026-11-23\"",
					"href=\"/follow-ups/" + id + "/edit?returnTo=/follow-ups\"");

		assertThat(this.mvc.post()
			.uri("/follow-ups/" + id + "/snooze")
			.with(as(this.owner))
			.with(csrf())
			.param("until", "2026-11-23")
			.param("returnTo", "/follow-ups")).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/follow-ups");
		FollowUpView snoozed = this.followUps.get(this.owner.id(), id, TODAY);
		assertThat(snoozed.dueOn()).isEqualTo(LocalDate.of(2026, 11, 23));
		assertThat(snoozed.overdue()).isFalse();
	}

	@Test
	void theDoneListPagesThroughEverythingDoneAndReopensWithUndo() {
		for (int i = 1; i <= FollowUpController.DONE_PAGE_SIZE + 2; i++) {
			long id = create("Done " + i, TODAY.minusDays(40).plusDays(i));
			this.followUps.complete(this.owner.id(), id, TODAY.minusDays(40).plusDays(i));
		}
		long open = create("Still open", TODAY.plusDays(1));

		assertThat(this.mvc.get().uri("/follow-ups").with(as(this.owner))).hasStatusOk()
			.bodyText()
			.contains("All done follow-ups (27)", "href=\"/follow-ups/done\"");
		assertThat(this.mvc.get().uri("/follow-ups/done").with(as(this.owner))).hasStatusOk()
			.bodyText()
			.contains("Done 27", "Done 3", "1 of 2")
			.doesNotContain("Done 2<", "Still open");
		assertThat(this.mvc.get().uri("/follow-ups/done?page=1").with(as(this.owner))).hasStatusOk()
			.bodyText()
			.contains("Done 2<", "Done 1<", "2 of 2")
			.doesNotContain("Done 3<");
		assertThat(this.mvc.get().uri("/follow-ups/done?page=99").with(as(this.owner))).hasStatusOk()
			.bodyText()
			.contains("Done 1<", "2 of 2");

		long oldest = this.followUps.done(this.owner.id(), TODAY, PageRequest.of(1, FollowUpController.DONE_PAGE_SIZE))
			.getContent()
			.get(1)
			.id();
		assertThat(this.followUps.get(this.owner.id(), oldest, TODAY).title()).isEqualTo("Done 1");
		assertThat(this.mvc.post()
			.uri("/follow-ups/" + oldest + "/reopen")
			.with(as(this.owner))
			.with(csrf())
			.param("returnTo", "/follow-ups/done?page=1")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/follow-ups/done?page=1");
		assertThat(this.followUps.get(this.owner.id(), oldest, TODAY).done()).isFalse();
		assertThat(this.followUps.get(this.owner.id(), open, TODAY).done()).isFalse();
	}

	@Test
	void reopeningOffersAnUndoThatCompletesItAgain() {
		long id = create("Send the article", TODAY);
		this.followUps.complete(this.owner.id(), id, TODAY);
		assertThat(this.mvc.post()
			.uri("/follow-ups/" + id + "/reopen")
			.with(as(this.owner))
			.with(csrf())
			.param("returnTo", "/follow-ups/done")).hasStatus(HttpStatus.FOUND)
			.flash()
			.hasEntrySatisfying("flashUndo", undo -> assertThat(undo)
				.isEqualTo(new Flash.Undo("/follow-ups/" + id + "/complete", "/follow-ups/done", Map.of())));
		assertThat(this.followUps.get(this.owner.id(), id, TODAY).done()).isFalse();
		assertThat(this.mvc.post()
			.uri("/follow-ups/" + id + "/complete")
			.with(as(this.owner))
			.with(csrf())
			.param("returnTo", "/follow-ups/done")).hasStatus(HttpStatus.FOUND);
		assertThat(this.followUps.get(this.owner.id(), id, TODAY).done()).isTrue();
	}

	private long create(String title, LocalDate dueOn) {
		return this.followUps.create(this.owner.id(),
				new FollowUpCommand(this.ana, null, title, dueOn, Side.I_OWE, null));
	}

}
