package dev.rapport.e2e;

import java.time.LocalDate;

import dev.rapport.account.AccountService;
import dev.rapport.contact.ContactService;
import dev.rapport.followup.FollowUpCommand;
import dev.rapport.followup.FollowUpService;
import dev.rapport.followup.Side;
import dev.rapport.support.ContactMother;
import dev.rapport.support.TestClock;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Snoozing and deleting a follow-up say so in a toast whose Undo takes it back: on the
 * follow-ups page, and on the dashboard, whose follow-up list is updated in place by htmx
 * (the toast comes along). At 390 px and 1366 px.
 */
@BrowserTest
class FollowUpUndoJourneyTests {

	static final LocalDate TODAY = TestClock.TODAY;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	@Autowired
	FollowUpService followUps;

	@Test
	void snoozeAndDeleteAreUndoneFromTheToast(Rapport rapport, Browser browser) {
		browser.onPhoneAndLaptop((width) -> {
			long owner = this.accounts.loadUserByUsername(rapport.signUpSomeone()).id();
			long ana = this.contacts.create(owner, ContactMother.named("Ana", "Lima"));
			this.followUps.create(owner,
					new FollowUpCommand(ana, null, "Send the deck", TODAY.plusDays(2), Side.I_OWE, null));

			// Snooze on the follow-ups page, then Undo: due again when it was.
			browser.open("/follow-ups");
			openMenu(browser, "Send the deck");
			browser.press("Snooze to next month (Fri 18 Dec)");
			assertThat(browser.text(By.id("toasts"))).contains("“Send the deck” snoozed to Fri 18 Dec 2026.");
			assertThat(browser.text(By.id("followups-later"))).contains("Send the deck");
			browser.press(By.id("toasts"), "Undo");
			assertThat(browser.path()).isEqualTo("/follow-ups");
			assertThat(browser.text(By.id("toasts"))).contains("“Send the deck” is due Fri 20 Nov 2026 again.");
			assertThat(browser.text(By.id("followups-dueSoon"))).contains("Send the deck", "Due Fri 20 Nov 2026");

			// Delete on the dashboard (updated in place), then Undo from the toast that
			// came along.
			browser.open("/");
			openMenu(browser, "Send the deck");
			WebElement delete = browser.driver()
				.findElement(By
					.xpath("//li[.//span[normalize-space()='Send the deck']]//button[normalize-space()='Delete']"));
			click(browser, delete);
			browser.waitForText(By.id("toasts"), "“Send the deck” deleted.");
			assertThat(browser.path()).isEqualTo("/");
			assertThat(browser.text(By.tagName("main"))).doesNotContain("Send the deck");
			assertThat(browser.horizontalOverflow()).isZero();
			browser.screenshot("journey-follow-up-deleted-" + width);
			click(browser,
					browser.driver().findElement(By.xpath("//*[@id='toasts']//button[normalize-space()='Undo']")));
			browser.waitForText(By.id("toasts"), "“Send the deck” is back.");
			assertThat(browser.path()).isEqualTo("/");
			assertThat(browser.text(By.tagName("main"))).contains("Send the deck");
		});
	}

	/** Opens the "More" menu of the follow-up with this title. */
	private static void openMenu(Browser browser, String title) {
		click(browser,
				browser.driver()
					.findElement(By.xpath("//li[.//span[normalize-space()='" + title
							+ "']]//details[contains(@class, 'row-menu')]/summary")));
	}

	/**
	 * Clicks where a thumb would, after scrolling the element into view (Bootstrap
	 * scrolls smoothly otherwise).
	 */
	private static void click(Browser browser, WebElement element) {
		browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}

}
