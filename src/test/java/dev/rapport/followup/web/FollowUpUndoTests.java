package dev.rapport.followup.web;

import java.time.LocalDate;
import java.util.List;
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
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static dev.rapport.support.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Undo for snoozing and deleting a follow-up: the toast names what happened and its Undo
 * (the form it carries, posted as the browser would) takes it back; an Undo made stale by
 * an edit changes nothing.
 */
@WebIntegrationTest
class FollowUpUndoTests {

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

	@BeforeEach
	void aContact() {
		this.owner = this.fixtures.signUp("Owner");
		this.ana = this.fixtures.contact(this.owner, "Ana", "Lima");
	}

	@Test
	void undoingASnoozeMakesItDueWhenItWasDueBefore() {
		long id = create("Send the deck", TODAY.minusDays(2));

		MvcTestResult snoozed = post("/follow-ups/" + id + "/snooze", "until", "2026-11-25", "returnTo", "/follow-ups");
		assertThat(snoozed).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/follow-ups");
		assertThat(flash(snoozed)).containsEntry("flashKey", "followup.snoozedWhat");
		assertThat((Object[]) flash(snoozed).get("flashArgs")).containsExactly("Send the deck", "Wed 25 Nov 2026");
		assertThat(this.followUps.get(this.owner.id(), id, TODAY).dueOn()).isEqualTo(LocalDate.of(2026, 11, 25));

		MvcTestResult undone = pressUndo(snoozed);
		assertThat(undone).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/follow-ups");
		assertThat(flash(undone)).containsEntry("flashKey", "followup.unsnoozed");
		FollowUpView back = this.followUps.get(this.owner.id(), id, TODAY);
		assertThat(back.dueOn()).isEqualTo(TODAY.minusDays(2));
		assertThat(back.overdue()).isTrue();
	}

	@Test
	void anUndoMadeStaleByAnEditChangesNothing() {
		long id = create("Send the deck", TODAY.plusDays(1));
		MvcTestResult snoozed = post("/follow-ups/" + id + "/snooze", "until", "2026-11-30");
		FollowUpView current = this.followUps.get(this.owner.id(), id, TODAY);
		this.followUps.update(this.owner.id(), id, new FollowUpCommand(this.ana, null, "Send the new deck",
				LocalDate.of(2026, 12, 2), Side.I_OWE, current.version()));

		MvcTestResult undone = pressUndo(snoozed);

		assertThat(undone).hasStatus(HttpStatus.FOUND);
		assertThat(flash(undone)).containsEntry("flashProblemKey", "followup.undoStale");
		assertThat(this.followUps.get(this.owner.id(), id, TODAY).dueOn()).isEqualTo(LocalDate.of(2026, 12, 2));
	}

	@Test
	void undoingADeleteBringsItBackDoneIfItWasDone() {
		long open = create("Send the deck", TODAY.plusDays(3));
		long done = create("Call about the flat", TODAY.minusDays(1));
		this.followUps.complete(this.owner.id(), done, TODAY.minusDays(1));

		MvcTestResult deletedOpen = post("/follow-ups/" + open + "/delete", "returnTo", "/contacts/" + this.ana);
		assertThat(deletedOpen).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/contacts/" + this.ana);
		assertThat(flash(deletedOpen)).containsEntry("flashKey", "followup.deletedWhat");
		MvcTestResult deletedDone = post("/follow-ups/" + done + "/delete", "returnTo",
				"/follow-ups/" + done + "/edit");
		assertThat(deletedDone).as("the edit page of what was deleted is gone: back to the list")
			.hasRedirectedUrl("/follow-ups");
		assertThat(this.followUps.ofContact(this.owner.id(), this.ana, TODAY)).isEmpty();

		assertThat(pressUndo(deletedOpen)).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/contacts/" + this.ana);
		assertThat(pressUndo(deletedDone)).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/follow-ups");

		assertThat(this.followUps.ofContact(this.owner.id(), this.ana, TODAY))
			.extracting(FollowUpView::title, FollowUpView::dueOn, FollowUpView::side, FollowUpView::completedOn)
			.containsExactlyInAnyOrder(Tuple.tuple("Send the deck", TODAY.plusDays(3), Side.I_OWE, null),
					Tuple.tuple("Call about the flat", TODAY.minusDays(1), Side.I_OWE, TODAY.minusDays(1)));
	}

	@Test
	void anotherUsersFollowUpIsNotFoundAndARestoreCannotReachTheirContacts() {
		AccountPrincipal other = this.fixtures.signUp("Other");
		long theirContact = this.fixtures.contact(other, "Zoe", "Stranger");
		long theirs = this.followUps.create(other.id(),
				new FollowUpCommand(theirContact, null, "Theirs", TODAY.plusDays(5), Side.I_OWE, null));

		assertThat(post("/follow-ups/" + theirs + "/unsnooze", "dueOn", "2026-11-01", "version", "0"))
			.hasStatus(HttpStatus.NOT_FOUND);
		MvcTestResult restored = post("/follow-ups/restore", "contactId", String.valueOf(theirContact), "title",
				"Planted", "dueOn", "2026-11-20", "side", "I_OWE");
		assertThat(restored).hasStatus(HttpStatus.FOUND);
		assertThat(flash(restored)).containsEntry("flashProblemKey", "followup.notRestored");
		assertThat(this.followUps.ofContact(other.id(), theirContact, TODAY)).extracting(FollowUpView::title)
			.containsExactly("Theirs");
		assertThat(this.followUps.get(other.id(), theirs, TODAY).dueOn()).isEqualTo(TODAY.plusDays(5));
	}

	private long create(String title, LocalDate dueOn) {
		return this.followUps.create(this.owner.id(),
				new FollowUpCommand(this.ana, null, title, dueOn, Side.I_OWE, null));
	}

	private MvcTestResult post(String path, String... fields) {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).with(as(this.owner)).with(csrf());
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return this.mvc.perform(request);
	}

	/**
	 * Posts the toast's Undo form as the browser would: its path, its fields and where to
	 * come back to.
	 */
	private MvcTestResult pressUndo(MvcTestResult confirmed) {
		Flash.Undo undo = (Flash.Undo) flash(confirmed).get("flashUndo");
		assertThat(undo).as("the toast offers Undo").isNotNull();
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(undo.path())
			.with(as(this.owner))
			.with(csrf());
		if (undo.returnTo() != null) {
			request.param("returnTo", undo.returnTo());
		}
		for (Map.Entry<String, List<String>> field : undo.fields().entrySet()) {
			request.param(field.getKey(), field.getValue().toArray(String[]::new));
		}
		return this.mvc.perform(request);
	}

	private static Map<String, Object> flash(MvcTestResult result) {
		return result.getMvcResult().getFlashMap();
	}

}
