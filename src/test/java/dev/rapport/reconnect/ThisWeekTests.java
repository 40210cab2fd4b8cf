package dev.rapport.reconnect;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;
import dev.rapport.account.SignUp;
import dev.rapport.contact.ContactService;
import dev.rapport.interaction.Direction;
import dev.rapport.interaction.InteractionCommand;
import dev.rapport.interaction.InteractionKind;
import dev.rapport.interaction.InteractionService;
import dev.rapport.support.ContactMother;
import dev.rapport.support.TestClock;
import dev.rapport.support.TestUsers;
import dev.rapport.support.WebIntegrationTest;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static dev.rapport.support.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The weekly list end to end, at the test profile's fixed Wednesday 18 November 2026
 * (Lisbon).
 */
@WebIntegrationTest
class ThisWeekTests {

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
	ReconnectService reconnect;

	@Autowired
	MessageSource messages;

	AccountPrincipal owner;

	@BeforeEach
	void signUp() {
		this.owner = TestUsers.signUp(this.accounts, "Owner");
	}

	@Test
	void showsEachPersonWithTheReasonAndKeepsTheListForTheWeek() {
		long ana = friendWithMonthlyCallsEnding("Ana", 95);
		assertThat(this.mvc.get().uri("/this-week").with(as(this.owner))).hasStatusOk()
			.bodyText()
			.contains("Keep warm", "Ana Test",
					"You usually talk every ~30 days; it&#39;s been 3 months (3.2x your rhythm).",
					"/interactions/new?contactId=" + ana, "You reconnected with 0 of 1 this week.");

		friendWithMonthlyCallsEnding("Bruno", 200);
		assertThat(this.mvc.get().uri("/this-week").with(as(this.owner))).hasStatusOk()
			.bodyText()
			.contains("Ana Test")
			.doesNotContain("Bruno Test");
	}

	@Test
	void owedRepliesAndRekindleCarryInvitingReasons() {
		long ana = friendWithMonthlyCallsEnding("Ana", 20);
		log(ana, TODAY.minusDays(5), InteractionKind.MESSAGE, Direction.THEM);
		friendWithMonthlyCallsEnding("Carla", 730);

		assertThat(this.reconnect.thisWeek(this.owner.id(), TODAY).suggestions()).extracting(SuggestionView::reason)
			.containsExactly("Ana Test reached out 5 days ago \u2014 a chance to reply.",
					"It's been 2 years \u2014 a good moment to rekindle.");
	}

	@Test
	void aGapReadsTheSameOnThisWeekAndOnTheContactPage() {
		long ana = friendWithMonthlyCallsEnding("Ana", 20);
		log(ana, TODAY.minusDays(1), InteractionKind.MEAL, Direction.THEM);

		assertThat(this.mvc.get().uri("/this-week").with(as(this.owner))).hasStatusOk()
			.bodyText()
			.contains("Ana Test reached out yesterday \u2014 a chance to reply.")
			.doesNotContain("1 day ago");
		// the depth card said "1 day ago" while This week said "yesterday"
		assertThat(this.mvc.get().uri("/contacts/" + ana).with(as(this.owner))).hasStatusOk()
			.bodyText()
			.contains("Last broke bread: a meal on 17 November 2026, yesterday.")
			.doesNotContain("1 day ago");
	}

	@Test
	void loggingAnInteractionMarksThemDoneAndPlanningOneTakesThemOff() {
		long ana = friendWithMonthlyCallsEnding("Ana", 95);
		long bruno = friendWithMonthlyCallsEnding("Bruno", 100);
		this.reconnect.thisWeek(this.owner.id(), TODAY);

		log(ana, TODAY, InteractionKind.COFFEE, Direction.ME);
		log(bruno, TODAY.plusDays(3), InteractionKind.MEAL, Direction.MUTUAL);

		assertThat(this.reconnect.thisWeek(this.owner.id(), TODAY).suggestions())
			.extracting(suggestion -> suggestion.contact().displayName(), SuggestionView::status)
			.containsExactlyInAnyOrder(Tuple.tuple("Ana Test", SuggestionStatus.DONE),
					Tuple.tuple("Bruno Test", SuggestionStatus.PLANNED));
		assertThat(this.mvc.get().uri("/this-week").with(as(this.owner))).bodyText()
			.contains("You reconnected with 1 of 2 this week.", "Planned");
	}

	@Test
	void doneNotNowAndDontSuggestSettleASuggestion() {
		long ana = friendWithMonthlyCallsEnding("Ana", 95);
		friendWithMonthlyCallsEnding("Bruno", 100);
		long carla = friendWithMonthlyCallsEnding("Carla", 110);
		List<SuggestionView> list = this.reconnect.thisWeek(this.owner.id(), TODAY).suggestions();

		assertThat(this.mvc.post()
			.uri("/this-week/suggestions/{id}/done", idOf(list, "Ana Test"))
			.with(as(this.owner))
			.with(csrf())).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/this-week");
		assertThat(this.mvc.post()
			.uri("/this-week/suggestions/{id}/not-now", idOf(list, "Bruno Test"))
			.header("HX-Request", "true")
			.with(as(this.owner))
			.with(csrf())).hasStatusOk().bodyText().contains("Bruno Test", "Not now").doesNotContain("<html");
		assertThat(this.mvc.post()
			.uri("/this-week/suggestions/{id}/dont-suggest", idOf(list, "Carla Test"))
			.param("returnTo", "/")
			.with(as(this.owner))
			.with(csrf())).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/");

		assertThat(this.reconnect.thisWeek(this.owner.id(), TODAY).suggestions())
			.extracting(suggestion -> suggestion.contact().displayName(), SuggestionView::status)
			.containsExactlyInAnyOrder(Tuple.tuple("Carla Test", SuggestionStatus.DONT_SUGGEST),
					Tuple.tuple("Bruno Test", SuggestionStatus.NOT_NOW),
					Tuple.tuple("Ana Test", SuggestionStatus.DONE));
		assertThat(this.contacts.get(this.owner.id(), carla).noSuggest()).isTrue();
		assertThat(ana).isPositive();

		// Next week: Bruno is still hidden (not now lasts 28 days), Carla is never
		// suggested again.
		assertThat(this.reconnect.thisWeek(this.owner.id(), TODAY.plusDays(7)).suggestions())
			.extracting(suggestion -> suggestion.contact().displayName())
			.containsExactly("Ana Test");
	}

	@Test
	void otherUsersCannotSettleMySuggestions() {
		friendWithMonthlyCallsEnding("Ana", 95);
		long id = this.reconnect.thisWeek(this.owner.id(), TODAY).suggestions().get(0).id();
		AccountPrincipal stranger = TestUsers.signUp(this.accounts, "Stranger");

		assertThat(this.mvc.post().uri("/this-week/suggestions/{id}/done", id).with(as(stranger)).with(csrf()))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void showsAPastWeekAsItEnded() {
		long ana = friendWithMonthlyCallsEnding("Ana", 88);
		this.reconnect.thisWeek(this.owner.id(), LocalDate.of(2026, 11, 10));
		log(ana, LocalDate.of(2026, 11, 12), InteractionKind.CALL, Direction.ME);

		assertThat(this.mvc.get().uri("/this-week?week=2026-11-09").with(as(this.owner))).hasStatusOk()
			.bodyText()
			.contains("The week of 9 November 2026", "Ana Test", "That week you reconnected with 1 of 1.")
			.doesNotContain("/not-now");
		assertThat(this.mvc.get().uri("/this-week").with(as(this.owner))).bodyText()
			.contains("Last week", "/this-week?week=2026-11-09");
		assertThat(this.mvc.get().uri("/this-week?week=2026-10-05").with(as(this.owner))).hasStatusOk()
			.bodyText()
			.contains("There is no list for the week of 5 October 2026.");
	}

	@Test
	void aPastWeeksSuggestionCannotBeSettledOrReopenedAndThePageSaysWhy() {
		friendWithMonthlyCallsEnding("Ana", 88);
		long lastWeeks = this.reconnect.thisWeek(this.owner.id(), LocalDate.of(2026, 11, 10)).suggestions().get(0).id();

		assertThat(this.reconnect.settle(this.owner.id(), lastWeeks, SuggestionStatus.NOT_NOW, TODAY))
			.isEqualTo(SettleOutcome.NOT_THIS_WEEK);
		assertThat(this.mvc.post().uri("/this-week/suggestions/{id}/done", lastWeeks).with(as(this.owner)).with(csrf()))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/this-week")
			.flash()
			.containsEntry("flashProblemKey", "reconnect.notThisWeek");
		assertThat(this.messages.getMessage("reconnect.notThisWeek", null, Locale.ENGLISH))
			.isEqualTo("That suggestion is from a past week, and past weeks cannot be changed.");
		assertThat(this.mvc.post()
			.uri("/this-week/suggestions/{id}/dont-suggest", lastWeeks)
			.header("HX-Request", "true")
			.with(as(this.owner))
			.with(csrf())).hasStatusOk().bodyText().contains("Ana Test").doesNotContain("/not-now", "Undo");
		assertThat(this.reconnect.reopen(this.owner.id(), lastWeeks, TODAY)).isFalse();

		assertThat(
				this.reconnect.weekOf(this.owner.id(), LocalDate.of(2026, 11, 10), TODAY).orElseThrow().suggestions())
			.singleElement()
			.satisfies(suggestion -> assertThat(suggestion.status()).isEqualTo(SuggestionStatus.OPEN));
		assertThat(this.contacts.suggestableIds(this.owner.id())).hasSize(1);
	}

	@Test
	void settlingTwiceTheSameWayIsAlreadySoAndAnotherWayKeepsTheFirst() {
		friendWithMonthlyCallsEnding("Ana", 95);
		long id = this.reconnect.thisWeek(this.owner.id(), TODAY).suggestions().get(0).id();

		assertThat(this.reconnect.settle(this.owner.id(), id, SuggestionStatus.DONE, TODAY))
			.isEqualTo(SettleOutcome.SETTLED);
		assertThat(this.reconnect.settle(this.owner.id(), id, SuggestionStatus.DONE, TODAY))
			.isEqualTo(SettleOutcome.ALREADY_SO);
		assertThat(this.mvc.post().uri("/this-week/suggestions/{id}/not-now", id).with(as(this.owner)).with(csrf()))
			.hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("flashProblemKey", "reconnect.alreadySettled");
		assertThat(this.reconnect.suggestion(this.owner.id(), id).status()).isEqualTo(SuggestionStatus.DONE);
	}

	@Test
	void aNewWeekStartsOnMondayInTheUsersOwnTimeZone() {
		AccountPrincipal kiwi = this.accounts.signUp(new SignUp("Kiwi", "kiwi-" + UUID.randomUUID() + "@example.com",
				TestUsers.PASSWORD, "Pacific/Auckland"));
		long ana = this.contacts.create(kiwi.id(), ContactMother.named("Ana", "Test"));
		for (int i = 0; i < 24; i++) {
			this.interactions.log(kiwi.id(), new InteractionCommand(TODAY.minusDays(95 + 30L * i), InteractionKind.CALL,
					Direction.MUTUAL, List.of(ana), null, null, null), TODAY);
		}
		// Sunday 22 November 11:30 UTC is already Monday 23 November 00:30 in Auckland.
		LocalDate sundayInUtc = LocalDate.ofInstant(Instant.parse("2026-11-22T11:00:00Z"), ZoneId.of("UTC"));
		LocalDate mondayInAuckland = LocalDate.ofInstant(Instant.parse("2026-11-22T11:30:00Z"),
				ZoneId.of("Pacific/Auckland"));

		WeekList before = this.reconnect.thisWeek(kiwi.id(),
				LocalDate.ofInstant(Instant.parse("2026-11-22T10:30:00Z"), ZoneId.of("Pacific/Auckland")));
		this.reconnect.settle(kiwi.id(), before.suggestions().get(0).id(), SuggestionStatus.DONE, sundayInUtc);
		WeekList after = this.reconnect.thisWeek(kiwi.id(), mondayInAuckland);

		assertThat(before.weekStart()).isEqualTo(LocalDate.of(2026, 11, 16));
		assertThat(after.weekStart()).isEqualTo(LocalDate.of(2026, 11, 23));
		assertThat(after.previousWeekStart()).isEqualTo(before.weekStart());
		assertThat(after.suggestions()).singleElement()
			.satisfies(suggestion -> assertThat(suggestion.status()).isEqualTo(SuggestionStatus.OPEN));
	}

	private long friendWithMonthlyCallsEnding(String name, long daysAgo) {
		long id = this.contacts.create(this.owner.id(), ContactMother.named(name, "Test"));
		for (int i = 0; i < 24; i++) {
			log(id, TODAY.minusDays(daysAgo + 30L * i), InteractionKind.CALL, Direction.MUTUAL);
		}
		return id;
	}

	private void log(long contactId, LocalDate date, InteractionKind kind, Direction direction) {
		this.interactions.log(this.owner.id(),
				new InteractionCommand(date, kind, direction, List.of(contactId), null, null, null), TODAY);
	}

	private static long idOf(List<SuggestionView> list, String name) {
		return list.stream().filter(s -> s.contact().displayName().equals(name)).findFirst().orElseThrow().id();
	}

}
