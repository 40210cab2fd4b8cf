package dev.rapport.e2e;

import java.time.Duration;
import java.time.LocalDate;

import dev.rapport.account.AccountService;
import dev.rapport.contact.ContactService;
import dev.rapport.support.ContactMother;
import dev.rapport.support.TestClock;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "How long have you known them?" after the first interaction with someone, on a 390-px
 * phone and a 1366-px laptop: asked on the contact page the log form returns to and
 * inside the dashboard's quick log, answered in one tap (the answer becomes their "known
 * since") or skipped. Screenshots:
 * {@code target/e2e-screenshots/journey-known-since-*.png}.
 */
@BrowserTest
class KnownSinceQuestionJourneyTests {

	static final LocalDate TODAY = TestClock.TODAY;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	@Test
	void aFirstLogFromAContactPageAsksThereAndOneTapAnswers(Rapport rapport, Browser browser) {
		browser.onPhoneAndLaptop((width) -> {
			rapport.signUpSomeone();
			String nora = rapport.addContact("Nora", "Quick");
			browser.open(nora);
			browser.driver().findElement(By.cssSelector("main a.btn-primary[href*='/interactions/new']")).click();
			new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
				.until(driver -> browser.path().startsWith("/interactions/new"));
			browser.press("Save");

			assertThat(browser.path()).isEqualTo(nora);
			assertThat(browser.text(By.id("toasts"))).contains("Coffee with Nora Quick logged.",
					"How long have you known Nora Quick?");
			assertThat(browser.horizontalOverflow()).isZero();
			assertThat(Accessibility.seriousViolations(browser)).isEmpty();
			browser.screenshot("journey-known-since-asked-" + width);

			browser.press(By.id("toasts"), "5–10 years");
			assertThat(browser.path()).isEqualTo(nora);
			String year = String.valueOf(TODAY.getYear() - 5);
			assertThat(browser.text(By.id("toasts"))).contains("Noted: you have known Nora Quick since " + year + ".")
				.doesNotContain("How long have you known");
			assertThat(browser.text(By.tagName("main"))).contains("Known since\n" + year);
		});
	}

	@Test
	void theQuickLogAsksInPlaceAndSkipLeavesItEmpty(Rapport rapport, Browser browser) {
		browser.onPhoneAndLaptop((width) -> {
			long owner = this.accounts.loadUserByUsername(rapport.signUpSomeone()).id();
			long ben = this.contacts.create(owner, ContactMother.named("Ben", "Weber"));
			long ada = this.contacts.create(owner, ContactMother.named("Ada", "Lovel"));
			browser.open("/");

			quickLogWith(browser, "Ben", "Ben Weber");
			assertThat(browser.text(By.id("quick-log"))).contains("How long have you known Ben Weber?");
			assertThat(browser.horizontalOverflow()).isZero();
			assertThat(Accessibility.seriousViolations(browser)).isEmpty();
			browser.screenshot("journey-known-since-quick-log-" + width);
			browser.press(By.id("quick-log"), "Skip");
			assertThat(browser.path()).isEqualTo("/");
			assertThat(browser.text()).doesNotContain("How long have you known");
			assertThat(this.contacts.get(owner, ben).knownSince()).isNull();

			quickLogWith(browser, "Ada", "Ada Lovel");
			browser.press(By.id("quick-log"), "10+ years");
			assertThat(browser.path()).isEqualTo("/");
			assertThat(browser.text(By.id("toasts"))).contains("Noted: you have known Ada Lovel since");
			assertThat(this.contacts.get(owner, ada).knownSince()).isEqualTo(LocalDate.of(TODAY.getYear() - 10, 1, 1));
		});
	}

	/** Picks one person in the quick log (coffee is preset) and logs it in place. */
	private static void quickLogWith(Browser browser, String typed, String name) {
		browser.pickHighlighted("quick-people", typed, name);
		browser.driver()
			.findElement(By.xpath("//form[@id='quick-log-form']//button[normalize-space()='Log it']"))
			.click();
		browser.waitForText(By.id("quick-log"), "Coffee with " + name + " logged.");
	}

}
