package dev.rapport.api;

import java.time.LocalDate;
import java.util.List;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.contact.ContactService;
import dev.rapport.interaction.Direction;
import dev.rapport.interaction.InteractionCommand;
import dev.rapport.interaction.InteractionKind;
import dev.rapport.interaction.InteractionService;
import dev.rapport.reconnect.ReconnectService;
import dev.rapport.support.ContactMother;
import dev.rapport.support.TestClock;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.rapport.api.ProblemAssertions.assertFieldErrors;
import static dev.rapport.api.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class ReconnectApiTests extends ApiTestSupport {

	private static final LocalDate TODAY = TestClock.TODAY;

	@Autowired
	ContactService contacts;

	@Autowired
	InteractionService interactions;

	@Autowired
	ReconnectService reconnect;

	@Test
	void answersThisWeeksListWithBucketsReasonsAndStatuses() throws Exception {
		AccountPrincipal user = signUp();
		String token = tokenOf(user);
		long ana = friendWithMonthlyCallsEnding(user, "Ana", 95);

		MvcTestResult result = call(this.mvc.get().uri("/api/v1/reconnect"), token);

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson()
			.isLenientlyEqualTo(
					"""
							{"weekStart": "2026-11-16", "suggestions": [{"contactId": %d, "name": "Ana Test", "bucket": "KEEP_WARM",
							 "reason": "You usually talk every ~30 days; it's been 3 months (3.2x your rhythm).", "status": "OPEN"}]}"""
						.formatted(ana));
	}

	@Test
	void settlesASuggestionByContactOnceAndRefusesAnotherChange() throws Exception {
		AccountPrincipal user = signUp();
		String token = tokenOf(user);
		long ana = friendWithMonthlyCallsEnding(user, "Ana", 95);

		MvcTestResult done = call(this.mvc.post().uri("/api/v1/reconnect/{id}/done", ana), token);
		assertThat(done).hasStatusOk();
		assertThat(done).bodyJson().extractingPath("$.status").isEqualTo("DONE");
		assertThat(call(this.mvc.post().uri("/api/v1/reconnect/{id}/done", ana), token)).hasStatusOk();
		assertProblem(call(this.mvc.post().uri("/api/v1/reconnect/{id}/not-now", ana), token), 409);
		assertProblem(call(this.mvc.post().uri("/api/v1/reconnect/{id}/dont-suggest", ana), token), 409);
		assertThat(call(this.mvc.get().uri("/api/v1/reconnect"), token)).bodyJson()
			.extractingPath("$.suggestions[0].status")
			.isEqualTo("DONE");
	}

	@Test
	void notNowAndDontSuggestTakePeopleOffTheList() throws Exception {
		AccountPrincipal user = signUp();
		String token = tokenOf(user);
		long ana = friendWithMonthlyCallsEnding(user, "Ana", 95);
		long bruno = friendWithMonthlyCallsEnding(user, "Bruno", 70);

		assertThat(call(this.mvc.post().uri("/api/v1/reconnect/{id}/not-now", ana), token)).bodyJson()
			.extractingPath("$.status")
			.isEqualTo("NOT_NOW");
		assertThat(call(this.mvc.post().uri("/api/v1/reconnect/{id}/dont-suggest", bruno), token)).bodyJson()
			.extractingPath("$.status")
			.isEqualTo("DONT_SUGGEST");
		assertThat(this.contacts.get(user.id(), bruno).noSuggest()).isTrue();
		assertProblem(call(this.mvc.post().uri("/api/v1/reconnect/{id}/done", ana), token), 409);
	}

	@Test
	void showsAPastWeekAndRejectsUnknownAndFutureWeeks() throws Exception {
		AccountPrincipal user = signUp();
		String token = tokenOf(user);
		long ana = friendWithMonthlyCallsEnding(user, "Ana", 88);
		this.reconnect.thisWeek(user.id(), LocalDate.of(2026, 11, 10));

		assertThat(call(this.mvc.get().uri("/api/v1/reconnect?week=2026-11-12"), token)).bodyJson()
			.isLenientlyEqualTo("""
					{"weekStart": "2026-11-09", "suggestions": [{"contactId": %d, "status": "OPEN"}]}"""
				.formatted(ana));
		assertProblem(call(this.mvc.get().uri("/api/v1/reconnect?week=2026-10-05"), token), 404);
		assertFieldErrors(call(this.mvc.get().uri("/api/v1/reconnect?week=2026-12-01"), token), "week");
		assertFieldErrors(call(this.mvc.get().uri("/api/v1/reconnect?week=last-monday"), token), "week");
	}

	@Test
	void settlingChangesOnlyThisWeeksSuggestionNotAPastWeeks() throws Exception {
		AccountPrincipal user = signUp();
		String token = tokenOf(user);
		long ana = friendWithMonthlyCallsEnding(user, "Ana", 88);
		this.reconnect.thisWeek(user.id(), LocalDate.of(2026, 11, 10));

		assertThat(call(this.mvc.post().uri("/api/v1/reconnect/{id}/not-now", ana), token)).bodyJson()
			.extractingPath("$.status")
			.isEqualTo("NOT_NOW");
		assertThat(call(this.mvc.get().uri("/api/v1/reconnect?week=2026-11-09"), token)).bodyJson()
			.isLenientlyEqualTo("""
					{"weekStart": "2026-11-09", "suggestions": [{"contactId": %d, "status": "OPEN"}]}"""
				.formatted(ana));
	}

	@Test
	void someoneNotOnTheListIs404AndNoTokenIs401() throws Exception {
		AccountPrincipal user = signUp();
		String token = tokenOf(user);
		long carla = this.contacts.create(user.id(), ContactMother.named("Carla", "Test"));

		assertProblem(call(this.mvc.post().uri("/api/v1/reconnect/{id}/done", carla), token), 404);
		assertProblem(this.mvc.get().uri("/api/v1/reconnect").exchange(), 401);
		assertProblem(this.mvc.post().uri("/api/v1/reconnect/{id}/done", carla).exchange(), 401);
	}

	long friendWithMonthlyCallsEnding(AccountPrincipal user, String name, long daysAgo) {
		long id = this.contacts.create(user.id(), ContactMother.named(name, "Test"));
		for (int i = 0; i < 24; i++) {
			this.interactions.log(user.id(), new InteractionCommand(TODAY.minusDays(daysAgo + 30L * i),
					InteractionKind.CALL, Direction.MUTUAL, List.of(id), null, null, null), TODAY);
		}
		return id;
	}

}
