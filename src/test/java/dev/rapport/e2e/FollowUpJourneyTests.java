package dev.rapport.e2e;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A follow-up kept up to date in the browser, on a phone and on a laptop: added from a
 * contact's page, edited from the follow-ups page (back there afterwards), snoozed with a
 * one-tap preset, done, and reopened from the done list. The test clock stands at
 * Wednesday 18 November 2026. Screenshots:
 * {@code target/e2e-screenshots/journey-follow-up-*.png}.
 */
@BrowserTest
class FollowUpJourneyTests {

	static final int[][] SCREENS = { { 390, 844 }, { 1366, 900 } };

	@Test
	void editsSnoozesCompletesAndReopensAFollowUp(Rapport rapport, Browser browser) {
		for (int[] screen : SCREENS) {
			browser.viewport(screen[0], screen[1]);
			rapport.signUpSomeone();
			String ana = rapport.addContact("Ana", "Lima");
			rapport.addFollowUpHere("Send the article");

			browser.open("/follow-ups");
			assertThat(browser.text(By.id("followups-dueSoon"))).contains("Send the article", "Ana Lima");
			openMenu(browser, "Send the article");
			browser.follow("Edit");
			assertThat(browser.heading()).isEqualTo("Edit the follow-up");
			assertThat(browser.value("title")).isEqualTo("Send the article");
			browser.fill("title", "Send Ana the article on trust").press("Save");
			assertThat(browser.path()).isEqualTo("/follow-ups");
			assertThat(browser.text(By.id("toasts"))).contains("Follow-up saved.");
			assertThat(browser.text(By.id("followups-dueSoon"))).contains("Send Ana the article on trust");

			openMenu(browser, "Send Ana the article on trust");
			browser.press("Snooze to next month (Fri 18 Dec)");
			assertThat(browser.path()).isEqualTo("/follow-ups");
			assertThat(browser.text(By.id("followups-later"))).contains("Send Ana the article on trust",
					"Due Fri 18 Dec 2026");
			assertThat(browser.horizontalOverflow()).isZero();
			browser.screenshot("journey-follow-up-snoozed-" + screen[0]);

			browser.press(By.id("followups-later"), "Done");
			browser.follow("All done follow-ups (1)");
			assertThat(browser.path()).isEqualTo("/follow-ups/done");
			assertThat(browser.text(By.id("followups-done"))).contains("Send Ana the article on trust",
					"Done 18 Nov 2026");
			browser.press(By.id("followups-done"), "Reopen");
			assertThat(browser.text(By.id("toasts"))).contains("Follow-up reopened.");
			assertThat(browser.text()).contains("Nothing done yet.");
			browser.open(ana);
			assertThat(browser.text(By.id("follow-ups"))).contains("Send Ana the article on trust",
					"Due Fri 18 Dec 2026");
		}
	}

	/** Opens the "More" menu of the follow-up with this title. */
	private static void openMenu(Browser browser, String title) {
		WebElement row = browser.driver().findElement(By.xpath("//li[.//span[normalize-space()='" + title + "']]"));
		row.findElement(By.cssSelector("details.row-menu > summary")).click();
	}

}
