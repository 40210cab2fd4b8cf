package dev.rapport.reconnect;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;
import dev.rapport.contact.ContactQuery;
import dev.rapport.contact.ContactService;
import dev.rapport.contact.ContactSort;
import dev.rapport.importing.ImportService;
import dev.rapport.interaction.Direction;
import dev.rapport.interaction.InteractionCommand;
import dev.rapport.interaction.InteractionKind;
import dev.rapport.interaction.InteractionService;
import dev.rapport.support.ContactMother;
import dev.rapport.support.TestClock;
import dev.rapport.support.TestUsers;
import dev.rapport.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
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
	AccountService accounts;

	@Autowired
	ContactService contacts;

	@Autowired
	ImportService imports;

	@Autowired
	InteractionService interactions;

	@Test
	void aPhotoFromAnAddressBookIsTheAvatarOnThisWeek() throws IOException {
		AccountPrincipal owner = TestUsers.signUp(this.accounts, "Weekly");
		try (InputStream file = getClass().getResourceAsStream("/addressbook/apple-contacts-3.0.vcf")) {
			this.imports.commit(owner.id(), this.imports.stage(owner.id(), "contacts.vcf", file));
		}
		long anne = this.contacts
			.listDetails(TestUsers.owner(owner.id()), new ContactQuery("Søndergaard", null, false, ContactSort.NAME),
					PageRequest.of(0, 1))
			.getContent()
			.get(0)
			.id();
		long handMade = this.contacts.create(owner.id(), ContactMother.named("Hand", "Made"));
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
