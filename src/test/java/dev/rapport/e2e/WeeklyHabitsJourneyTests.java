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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two screens a user opens every week: the dashboard's quick log (pick a person as
 * you type, one click for the kind, log without leaving the page) and This week's
 * reconnect list for a prepared history, settled with "Done" and "Not now". The test
 * clock stands at Wednesday 18 November 2026.
 */
@BrowserTest
class WeeklyHabitsJourneyTests {

	static final LocalDate TODAY = TestClock.TODAY;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	@Autowired
	InteractionService interactions;

	@Test
	void logsACoffeeFromTheDashboardWithoutLeavingIt(Rapport rapport, Browser browser) {
		rapport.signUpSomeone();
		String nora = rapport.addContact("Nora", "Quick");
		browser.open("/");

		WebElement who = browser.driver().findElement(By.id("quick-people"));
		who.sendKeys("Nor");
		browser.waitFor(driver -> driver
			.findElements(By.xpath("//*[@id='quick-log']//*[@role='option'][normalize-space()='Nora Quick']"))
			.stream()
			.findFirst()
			.orElse(null));
		who.sendKeys(Keys.ENTER);
		browser.driver().findElement(By.cssSelector("label[for='kind-COFFEE']")).click();
		browser.driver()
			.findElement(By.xpath("//form[@id='quick-log-form']//button[normalize-space()='Log it']"))
			.click();

		browser.waitFor(
				driver -> driver.findElement(By.id("quick-log")).getText().contains("Coffee with Nora Quick logged.")
						? Boolean.TRUE : null);
		assertThat(browser.path()).isEqualTo("/");
		assertThat(browser.text(By.id("recent"))).contains("Coffee", "Nora Quick");
		browser.open(nora);
		assertThat(browser.text(By.id("timeline"))).contains("Coffee");
		assertThat(browser.text(By.id("score"))).contains("Acquaintance", "A coffee");
	}

	@Test
	void thisWeekSuggestsWhoToReconnectWithAndSettlesThem(Rapport rapport, Browser browser) {
		long owner = this.accounts.loadUserByUsername(rapport.signUpSomeone()).id();
		long olga = this.contacts.create(owner, ContactMother.named("Olga", "Owed"));
		long kai = this.contacts.create(owner, ContactMother.named("Kai", "Warm"));
		for (int daysAgo = 400; daysAgo >= 100; daysAgo -= 30) {
			log(owner, kai, TODAY.minusDays(daysAgo), InteractionKind.CALL, Direction.MUTUAL);
		}
		log(owner, olga, TODAY.minusDays(60), InteractionKind.COFFEE, Direction.MUTUAL);
		log(owner, olga, TODAY.minusDays(5), InteractionKind.MESSAGE, Direction.THEM);

		browser.open("/this-week");
		String page = browser.text();
		assertThat(page).contains("Owed replies", "Olga Owed reached out 5 days ago", "Keep warm", "Kai Warm",
				"your rhythm");

		pressInSuggestion(browser, "Olga Owed", "Done");
		pressInSuggestion(browser, "Kai Warm", "Not now");
		browser.open("/this-week");
		assertThat(suggestion(browser, "Olga Owed").getText()).contains("Done");
		assertThat(suggestion(browser, "Kai Warm").getText()).contains("Not now");
		assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
	}

	private void log(long owner, long contact, LocalDate date, InteractionKind kind, Direction direction) {
		this.interactions.log(owner, new InteractionCommand(date, kind, direction, List.of(contact), null, null, null),
				TODAY);
	}

	/**
	 * Presses an htmx button inside one person's suggestion (opening its "More" menu when
	 * the button lives there) and waits for it to be settled.
	 */
	private static void pressInSuggestion(Browser browser, String name, String button) {
		WebElement target = suggestion(browser, name)
			.findElement(By.xpath(".//button[normalize-space()='" + button + "']"));
		if (!target.isDisplayed()) {
			suggestion(browser, name).findElement(By.cssSelector("details.row-menu > summary")).click();
		}
		target.click();
		browser.waitFor(driver -> suggestion(browser, name).getText().contains(button)
				&& suggestion(browser, name).getDomAttribute("class").contains("suggestion-settled") ? Boolean.TRUE
						: null);
	}

	private static WebElement suggestion(Browser browser, String name) {
		return browser.driver()
			.findElement(By.xpath("//li[contains(@class, 'suggestion')][.//a[normalize-space()='" + name + "']]"));
	}

}
