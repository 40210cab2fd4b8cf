package dev.rapport.interaction.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.interaction.Direction;
import dev.rapport.interaction.InteractionCommand;
import dev.rapport.interaction.InteractionKind;
import dev.rapport.interaction.InteractionService;
import dev.rapport.support.TestClock;
import dev.rapport.support.TestFixtures;
import dev.rapport.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static dev.rapport.support.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contact page shows the latest part of a timeline and links to the rest: the
 * person's interactions, paged.
 */
@WebIntegrationTest
class ContactTimelinePagesTests {

	static final LocalDate TODAY = TestClock.TODAY;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	InteractionService interactions;

	@Test
	void theContactPageLinksToTheOlderInteractionsWhichContinueWhereItStops() throws Exception {
		AccountPrincipal owner = this.fixtures.signUp("Owner");
		long ana = this.fixtures.contact(owner, "Ana", "Lima");
		List<InteractionCommand> forms = new ArrayList<>();
		int total = TimelineSection.SHOWN + 5;
		for (int day = 1; day <= total; day++) {
			forms.add(new InteractionCommand(TODAY.minusDays(day), InteractionKind.CALL, Direction.MUTUAL, List.of(ana),
					"Call number " + (total - day + 1), null, null));
		}
		this.interactions.logEach(owner.id(), forms, TODAY);

		String contactPage = this.mvc.get()
			.uri("/contacts/{id}", ana)
			.with(as(owner))
			.exchange()
			.getResponse()
			.getContentAsString();
		LocalDate oldestShown = TODAY.minusDays(TimelineSection.SHOWN);
		assertThat(contactPage).contains("Call number " + total, "Call number 6")
			.doesNotContain("Call number 5<")
			.contains("/interactions?contactId=" + ana + "&amp;to=" + oldestShown, "Older interactions with them");

		assertThat(this.mvc.get().uri("/interactions?contactId={id}&to={to}", ana, oldestShown).with(as(owner)))
			.hasStatusOk()
			.bodyText()
			.contains("Ana Lima", "Call number 6", "Call number 5", "Call number 1")
			.doesNotContain("Call number 7<");
	}

	@Test
	void anotherUsersPersonShowsNothingOfTheirs() {
		AccountPrincipal owner = this.fixtures.signUp("Owner");
		long ana = this.fixtures.contact(owner, "Ana", "Lima");
		this.interactions.logEach(owner.id(), List.of(new InteractionCommand(TODAY.minusDays(1), InteractionKind.CALL,
				Direction.MUTUAL, List.of(ana), "Secret call", null, null)), TODAY);
		AccountPrincipal stranger = this.fixtures.signUp("Stranger");

		assertThat(this.mvc.get().uri("/interactions?contactId={id}", ana).with(as(stranger))).hasStatusOk()
			.bodyText()
			.doesNotContain("Ana Lima", "Secret call");
	}

}
