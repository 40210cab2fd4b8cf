package dev.rapport.depth;

import java.time.LocalDate;
import java.util.List;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.interaction.Direction;
import dev.rapport.interaction.InteractionCommand;
import dev.rapport.interaction.InteractionKind;
import dev.rapport.interaction.InteractionService;
import dev.rapport.support.TestClock;
import dev.rapport.support.TestFixtures;
import dev.rapport.support.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static dev.rapport.support.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Breaking bread on the pages, at the test profile's Wednesday 18 November 2026. */
@WebIntegrationTest
class BreakingBreadPageTests {

	static final LocalDate TODAY = TestClock.TODAY;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	InteractionService interactions;

	AccountPrincipal owner;

	@BeforeEach
	void signUp() {
		this.owner = this.fixtures.signUp("Owner");
	}

	@Test
	void theContactPageSaysWhenWeLastBrokeBread() {
		long ana = this.fixtures.contact(this.owner, "Ana", "Lima");
		long bo = this.fixtures.contact(this.owner, "Bo", "Call");
		log(ana, TODAY.minusDays(42), InteractionKind.COFFEE);
		log(ana, TODAY.minusDays(3), InteractionKind.CALL);
		log(bo, TODAY.minusDays(3), InteractionKind.CALL);

		assertThat(this.mvc.get().uri("/contacts/{id}", ana).with(as(this.owner))).hasStatusOk()
			.bodyText()
			.contains("Last broke bread: a coffee on 7 October 2026, 6 weeks ago.");
		assertThat(this.mvc.get().uri("/contacts/{id}", bo).with(as(this.owner))).hasStatusOk()
			.bodyText()
			.contains("You have not shared a meal, a coffee or a meeting yet");
	}

	@Test
	void afterAMessageTheQuickLogOffersToPlanAMealAWeekAhead() {
		long ana = this.fixtures.contact(this.owner, "Ana", "Lima");

		assertThat(this.mvc.post()
			.uri("/quick-log")
			.header("HX-Request", "true")
			.with(as(this.owner))
			.with(csrf())
			.param("participantIds", String.valueOf(ana))
			.param("kind", "MESSAGE")
			.param("direction", "ME")
			.param("date", "2026-11-18")).hasStatusOk()
			.bodyText()
			.contains("Plan one with Ana Lima?",
					"href=\"/interactions/new?contactId=" + ana + "&amp;kind=MEAL&amp;date=2026-11-25\"");

		assertThat(this.mvc.get()
			.uri("/interactions/new?contactId={id}&kind=MEAL&date=2026-11-25", ana)
			.with(as(this.owner))).hasStatusOk()
			.bodyText()
			.containsPattern(
					"value=\"MEAL\"[^>]*checked|checked[^>]*value=\"MEAL\"|<option[^>]*value=\"MEAL\"[^>]*selected")
			.contains("value=\"2026-11-25\"");
	}

	@Test
	void noOfferAfterACoffeeAndTheOfferSurvivesTheRedirectWithoutJavaScript() {
		long ana = this.fixtures.contact(this.owner, "Ana", "Lima");

		assertThat(this.mvc.post()
			.uri("/quick-log")
			.header("HX-Request", "true")
			.with(as(this.owner))
			.with(csrf())
			.param("participantIds", String.valueOf(ana))
			.param("kind", "COFFEE")
			.param("direction", "MUTUAL")
			.param("date", "2026-11-18")).hasStatusOk().bodyText().doesNotContain("Plan a meal");

		assertThat(this.mvc.post()
			.uri("/quick-log")
			.with(as(this.owner))
			.with(csrf())
			.param("participantIds", String.valueOf(ana))
			.param("kind", "EMAIL")
			.param("direction", "ME")
			.param("date", "2026-11-18")).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("planMealWith", List.of(ana));
	}

	@Test
	void theDashboardCountsRealConversationsThisWeekAndMonth() {
		long ana = this.fixtures.contact(this.owner, "Ana", "Lima");
		log(ana, TODAY, InteractionKind.COFFEE);
		log(ana, TODAY.minusDays(2), InteractionKind.VIDEO);
		log(ana, TODAY.minusDays(10), InteractionKind.MEAL);
		log(ana, TODAY.minusDays(1), InteractionKind.MESSAGE);

		assertThat(this.mvc.get().uri("/").with(as(this.owner))).hasStatusOk()
			.bodyText()
			.contains("Real conversations", "1 in person, 1 call or video", "2 in person, 1 call or video",
					"3 in the last 12 months.");

		// The dashboard keeps these counts between changes; a new one counts at once.
		log(ana, TODAY, InteractionKind.CALL);
		assertThat(this.mvc.get().uri("/").with(as(this.owner))).bodyText()
			.contains("1 in person, 2 calls or video", "4 in the last 12 months.");
	}

	@Test
	void anotherUsersContactIsNotFound() {
		AccountPrincipal other = this.fixtures.signUp("Other");
		long ana = this.fixtures.contact(this.owner, "Ana", "Lima");

		assertThat(this.mvc.get().uri("/contacts/{id}", ana).with(as(other))).hasStatus(HttpStatus.NOT_FOUND);
	}

	private void log(long contact, LocalDate date, InteractionKind kind) {
		this.interactions.log(this.owner.id(),
				new InteractionCommand(date, kind, Direction.MUTUAL, List.of(contact), null, null, null), TODAY);
	}

}
