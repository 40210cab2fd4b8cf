package dev.rapport.reconnect;

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
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static dev.rapport.support.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * This week shows the photo an address-book import brought as the person's avatar, like
 * the contact list and page do, and initials for everyone else; on the page and on the
 * dashboard.
 */
@WebIntegrationTest
class ThisWeekAvatarsTests {

	/** The test profile's today. */
	static final LocalDate TODAY = TestClock.TODAY;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	InteractionService interactions;

	@Test
	void aPhotoFromAnAddressBookIsTheAvatarOnThisWeek() {
		AccountPrincipal owner = this.fixtures.signUp("Weekly");
		long anne = this.fixtures.importAppleContactsAndFindAnne(owner);
		long handMade = this.fixtures.contact(owner, "Hand", "Made");
		for (long contact : new long[] { anne, handMade }) {
			// Owed a reply: both are on this week's list.
			log(owner, contact, TODAY.minusDays(60), InteractionKind.COFFEE, Direction.MUTUAL);
			log(owner, contact, TODAY.minusDays(5), InteractionKind.MESSAGE, Direction.THEM);
		}

		String photo = "src=\"/contacts/" + anne + "/photo\"";
		for (String page : List.of("/this-week", "/")) {
			assertThat(this.mvc.get().uri(page).with(as(owner))).hasStatusOk()
				.bodyText()
				.as(page)
				.contains("id=\"suggestion-", "class=\"avatar avatar-photo\"", photo, ">HM</span>")
				.doesNotContain("src=\"/contacts/" + handMade + "/photo\"");
		}
	}

	private void log(AccountPrincipal owner, long contact, LocalDate date, InteractionKind kind, Direction direction) {
		this.interactions.log(owner.id(),
				new InteractionCommand(date, kind, direction, List.of(contact), null, null, null), TODAY);
	}

}
