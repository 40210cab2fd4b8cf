package dev.rapport.e2e;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The owner's first day, on a fresh installation: this class has a database of its own
 * (its properties give it its own Spring context), with registration closed as in
 * production.
 */
@BrowserTest
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:first-run-journey;DB_CLOSE_DELAY=-1",
		"rapport.registration.open=false" })
class FirstRunJourneyTests {

	@Test
	void ownerSignsUpLogsACoffeeKeepsAPromiseAndComesBack(Rapport rapport, Browser browser) {
		browser.open("/");
		assertThat(browser.path()).isEqualTo("/signup");
		assertThat(browser.text()).contains("You are the first here");
		rapport.signUp("Ada Owner", "ada@example.com", Rapport.PASSWORD);

		String ann = rapport.addContact("Ann", "Lima");
		rapport.addContact("Bob", "Stone");
		browser.open("/contacts");
		assertThat(browser.text(By.id("contact-results"))).contains("Ann Lima").contains("Bob Stone");

		browser.open(ann);
		rapport.logInteraction("Coffee", "Ann Lima", "Talked about her move to Porto", "She would like to meet Bob.");
		assertThat(browser.path()).isEqualTo(ann);

		browser.open(ann);
		assertThat(browser.text(By.id("timeline"))).contains("Coffee")
			.contains("18 Nov 2026")
			.contains("Talked about her move to Porto");

		rapport.addFollowUpHere("Introduce Ann to Bob");
		assertThat(browser.text(By.id("follow-ups"))).contains("Introduce Ann to Bob").contains("I owe them");
		browser.press(By.id("follow-ups"), "Done");
		assertThat(browser.path()).isEqualTo(ann);
		assertThat(browser.text()).contains("Follow-up done.");
		assertThat(browser.text(By.id("follow-ups"))).contains("Done 18 Nov 2026");

		rapport.signOut();
		assertThat(browser.text()).contains("You are signed out.");
		browser.open("/contacts");
		assertThat(browser.path()).isEqualTo("/login");
		browser.open("/signup");
		assertThat(browser.path()).as("sign-up closes once the owner exists").isEqualTo("/login?closed");

		rapport.signIn("ada@example.com", "not the password", false);
		assertThat(browser.text()).contains("That email and password do not match an account.");
		rapport.signIn("ada@example.com", Rapport.PASSWORD, true);
		assertThat(browser.heading()).isEqualTo("Contacts");

		Cookie session = browser.driver().manage().getCookieNamed("SESSION");
		assertThat(session.isHttpOnly()).as("scripts cannot read the session cookie").isTrue();
		assertThat(session.getSameSite()).isEqualTo("Lax");

		// Closing the browser loses the session; the remember-me cookie alone signs the
		// owner back in.
		browser.driver().manage().deleteCookieNamed("SESSION");
		browser.open("/");
		assertThat(browser.heading()).isEqualTo("Hello, Ada Owner");
		assertThat(browser.text()).contains("Talked about her move to Porto");
	}

}
