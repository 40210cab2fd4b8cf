package dev.rapport.e2e;

import java.time.LocalDate;
import java.util.List;

import dev.rapport.account.AccountService;
import dev.rapport.contact.ContactService;
import dev.rapport.interaction.Direction;
import dev.rapport.interaction.InteractionCommand;
import dev.rapport.interaction.InteractionKind;
import dev.rapport.interaction.InteractionService;
import dev.rapport.support.ContactMother;
import dev.rapport.support.TestClock;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logging where it happens, on a 390-px phone and on a 1366-px laptop: a coffee with two
 * people from the dashboard and from a contact's page in a handful of taps, back where
 * the user started with an Undo that works; and This week worked through (log, done, not
 * now) with its counter following along. Screenshots:
 * {@code target/e2e-screenshots/journey-*.png}.
 */
@BrowserTest
class LoggingOnAPhoneJourneyTests {

	static final LocalDate TODAY = TestClock.TODAY;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	@Autowired
	InteractionService interactions;

	@Test
	void logsACoffeeWithTwoPeopleFromTheDashboardAndUndoesIt(Rapport rapport, Browser browser) {
		browser.onPhoneAndLaptop((width) -> {
			rapport.signUpSomeone();
			String nora = rapport.addContact("Nora", "Quick");
			rapport.addContact("Ben", "Weber");
			browser.open("/");
			assertThat(browser.driver().findElement(By.cssSelector("#network desc")).getDomProperty("textContent"))
				.startsWith("0 people you really know");

			// 1-2: type a name and Enter (the first match is highlighted), twice; 3: "Log
			// it" (coffee is preset).
			browser.pickHighlighted("quick-people", "Nor", "Nora Quick");
			browser.pickHighlighted("quick-people", "Ben", "Ben Weber");
			browser.driver()
				.findElement(By.xpath("//form[@id='quick-log-form']//button[normalize-space()='Log it']"))
				.click();

			browser.waitFor(driver -> driver.findElement(By.id("quick-log"))
				.getText()
				.contains("Coffee with Ben Weber and Nora Quick logged.") ? Boolean.TRUE : null);
			assertThat(browser.path()).isEqualTo("/");
			assertThat(browser.text(By.id("recent"))).contains("Coffee", "Nora Quick", "Ben Weber");
			assertThat(browser.driver().findElement(By.cssSelector("#network desc")).getDomProperty("textContent"))
				.as("the tier chart follows without a reload")
				.startsWith("2 people you really know");
			assertThat(browser.horizontalOverflow()).isZero();
			browser.screenshot("journey-quick-log-" + width);

			browser.press(By.id("quick-log"), "Undo");
			assertThat(browser.path()).isEqualTo("/");
			assertThat(browser.text(By.id("toasts"))).contains("Coffee with Ben Weber and Nora Quick deleted.");
			browser.open(nora);
			assertThat(browser.text(By.id("timeline"))).doesNotContain("Coffee");
		});
	}

	@Test
	void logsACoffeeWithTwoPeopleFromAContactPageAndLandsBackThere(Rapport rapport, Browser browser) {
		browser.onPhoneAndLaptop((width) -> {
			rapport.signUpSomeone();
			String nora = rapport.addContact("Nora", "Quick");
			rapport.addContact("Ben", "Weber");
			browser.open(nora);

			// 1: "Log an interaction" (Nora is already picked, coffee preset); 2: type
			// "Ben" + Enter; 3: Save.
			browser.driver().findElement(By.cssSelector("main a.btn-primary[href*='/interactions/new']")).click();
			browser.waitFor(driver -> browser.path().startsWith("/interactions/new") ? Boolean.TRUE : null);
			assertThat(browser.text(By.cssSelector(".picker-chips"))).contains("Nora Quick");
			browser.pickHighlighted("participants-input", "Ben", "Ben Weber");
			assertThat(browser.horizontalOverflow()).isZero();
			browser.screenshot("journey-log-form-" + width);
			browser.press("Save");

			assertThat(browser.path()).isEqualTo(nora);
			assertThat(browser.text(By.id("toasts"))).contains("Coffee with Ben Weber and Nora Quick logged.");
			assertThat(browser.text(By.id("timeline"))).contains("Coffee");
			browser.screenshot("journey-contact-after-log-" + width);

			browser.press(By.id("toasts"), "Undo");
			assertThat(browser.path()).isEqualTo(nora);
			assertThat(browser.text(By.id("timeline"))).doesNotContain("Coffee");
			browser.press(By.id("toasts"), "Undo");
			assertThat(browser.path()).isEqualTo(nora);
			assertThat(browser.text(By.id("toasts"))).contains("Coffee with Ben Weber and Nora Quick is back.");
			assertThat(browser.text(By.id("timeline"))).contains("Coffee");
		});
	}

	@Test
	void worksThroughThisWeekWithTheCounterFollowing(Rapport rapport, Browser browser) {
		browser.onPhoneAndLaptop((width) -> {
			long owner = this.accounts.loadUserByUsername(rapport.signUpSomeone()).id();
			long olga = this.contacts.create(owner, ContactMother.named("Olga", "Owed"));
			long vera = this.contacts.create(owner, ContactMother.named("Vera", "Owed"));
			long kai = this.contacts.create(owner, ContactMother.named("Kai", "Warm"));
			for (int daysAgo = 400; daysAgo >= 100; daysAgo -= 30) {
				log(owner, kai, TODAY.minusDays(daysAgo), InteractionKind.CALL, Direction.MUTUAL);
			}
			for (long owed : new long[] { olga, vera }) {
				log(owner, owed, TODAY.minusDays(60), InteractionKind.COFFEE, Direction.MUTUAL);
				log(owner, owed, TODAY.minusDays(5), InteractionKind.MESSAGE, Direction.THEM);
			}

			browser.open("/this-week");
			assertThat(browser.text(By.id("week-summary"))).isEqualTo("You reconnected with 0 of 3 this week.");
			assertThat(browser.horizontalOverflow()).isZero();
			browser.screenshot("journey-this-week-" + width);

			// Log from the list: back on This week, Olga done, the counter moved.
			suggestion(browser, "Olga Owed").findElement(By.linkText("Log")).click();
			browser.waitFor(driver -> browser.path().startsWith("/interactions/new") ? Boolean.TRUE : null);
			browser.choose("kind", "Message");
			browser.press("Save");
			assertThat(browser.path()).isEqualTo("/this-week");
			assertThat(browser.text(By.id("week-summary"))).isEqualTo("You reconnected with 1 of 3 this week.");

			// Done in place: the counter follows without a reload, and Undo takes it
			// back.
			pressInSuggestion(browser, "Vera Owed", "Done");
			browser.waitFor(driver -> driver.findElement(By.id("week-summary")).getText().contains("2 of 3")
					? Boolean.TRUE : null);
			pressInSuggestion(browser, "Vera Owed", "Undo");
			browser.waitFor(driver -> driver.findElement(By.id("week-summary")).getText().contains("1 of 3")
					? Boolean.TRUE : null);

			// Not now, from the row's menu.
			pressInSuggestion(browser, "Kai Warm", "Not now");
			browser
				.waitFor(driver -> suggestion(browser, "Kai Warm").getText().contains("Not now") ? Boolean.TRUE : null);
			browser.screenshot("journey-this-week-worked-" + width);
			browser.open("/this-week");
			assertThat(suggestion(browser, "Vera Owed").findElements(By.xpath(".//button[normalize-space()='Done']")))
				.hasSize(1);
			assertThat(suggestion(browser, "Kai Warm").getText()).contains("Not now");
		});
	}

	private void log(long owner, long contact, LocalDate date, InteractionKind kind, Direction direction) {
		this.interactions.log(owner, new InteractionCommand(date, kind, direction, List.of(contact), null, null, null),
				TODAY);
	}

	/**
	 * Presses a button in one person's suggestion, opening its "More" menu when the
	 * button is in there.
	 */
	private static void pressInSuggestion(Browser browser, String name, String button) {
		WebElement target = suggestion(browser, name)
			.findElement(By.xpath(".//button[normalize-space()='" + button + "']"));
		if (!target.isDisplayed()) {
			suggestion(browser, name).findElement(By.cssSelector("details.row-menu > summary")).click();
		}
		browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", target);
		target.click();
	}

	private static WebElement suggestion(Browser browser, String name) {
		return browser.driver()
			.findElement(By.xpath("//li[contains(@class, 'suggestion')][.//a[normalize-space()='" + name + "']]"));
	}

}
