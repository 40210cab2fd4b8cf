package dev.rapport.reminders;

import java.util.UUID;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.support.MailServer;
import dev.rapport.support.SignedInBrowser;
import dev.rapport.support.TestUsers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changing the sign-in email tells the old address, through a real SMTP server; a refused
 * change sends nothing.
 */
class EmailChangeNoticeTests extends MailTestSupport {

	@Test
	void theOldAddressIsToldAndTheNewOneIsNotMailed() {
		AccountPrincipal ana = signUp("Ana", "Pacific/Auckland");
		SignedInBrowser browser = SignedInBrowser.signIn(this.mvc, ana.email(), TestUsers.PASSWORD,
				SignedInBrowser.FIREFOX, "192.0.2.20", false);
		String newEmail = "ana-new-" + UUID.randomUUID() + "@example.org";

		assertThat(browser.get("/settings/profile")).bodyText().contains("Your old address gets an email");
		assertThat(browser.post("/settings/profile/email", "newEmail", newEmail, "currentPassword", "wrong password"))
			.hasStatusOk();
		assertThat(MailServer.to(ana.email())).as("a refused change").isEmpty();

		assertThat(browser.post("/settings/profile/email", "newEmail", newEmail, "currentPassword", TestUsers.PASSWORD))
			.hasRedirectedUrl("/settings/profile");
		assertThat(browser.get("/settings/profile")).bodyText().contains("Your old address was told about the change.");

		assertThat(MailServer.to(ana.email())).singleElement().satisfies(mail -> {
			assertThat(mail.subject()).isEqualTo("Your Rapport email address was changed");
			assertThat(mail.text()).contains("Hello Ana,", "https://rapport.example.org/", ana.email(), newEmail,
					"If you did not");
			// The test clock's instant (18 November 2026, 10:00 UTC) in Auckland
			// (UTC+13): 11 in the evening.
			assertThat(mail.text()).contains("November 18, 2026", "11:00:00 PM");
		});
		assertThat(MailServer.to(newEmail)).isEmpty();
	}

}
