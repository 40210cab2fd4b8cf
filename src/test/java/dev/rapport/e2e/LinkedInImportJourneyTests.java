package dev.rapport.e2e;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import journey with a 2024 export (the {@code Notes:} preamble and the {@code URL}
 * column): a preview, the commit, the result's counts, then turning one imported
 * connection into a relationship from the "imported, no history yet" list. The fixture
 * holds a hidden member, whom LinkedIn exports with only a date, and names in CJK and
 * with emoji.
 */
@BrowserTest
class LinkedInImportJourneyTests {

	@Test
	void importedConnectionsBecomeRelationshipsOnlyOnceTheUserSaysTheyKnowThem(Rapport rapport, Browser browser) {
		rapport.signUpSomeone();

		rapport.previewImport("Connections.csv");
		assertThat(browser.text(By.id("preview-summary"))).isEqualTo(
				"Nothing is saved yet. Importing will create 3 contacts, update 0, leave 0 unchanged and skip 1.");
		assertThat(browser.text()).contains("Export format: 2023 and later, with profile URL");
		assertThat(browser.text(By.id("preview-created"))).contains("Frances Allen", "IBM", "Fellow")
			.contains("小明 王", "腾讯", "工程师")
			.contains("🚀 Rocket Science 👩‍💻", "SpaceCo");
		assertThat(browser.text(By.id("preview-skipped"))).contains("6")
			.contains("Hidden member: LinkedIn exports only the date for people who hide their connections.");
		browser.open("/contacts");
		assertThat(browser.text()).as("nothing is saved before the commit").contains("No contacts match.");
		browser.driver().navigate().back();

		rapport.commitImport();
		assertThat(browser.text(By.id("import-result")))
			.isEqualTo("Connections.csv: 3 created, 0 updated, 0 unchanged, 1 skipped.");

		browser.follow("Show imported people with no history yet");
		assertThat(browser.path()).isEqualTo("/contacts?imported=true");
		assertThat(browser.heading()).isEqualTo("Imported, no history yet");
		assertThat(browser.text(By.id("contact-results"))).contains("Frances Allen", "小明 王", "🚀 Rocket Science 👩‍💻")
			.doesNotContain("Depth ");

		// Select everyone on the page (shown with JavaScript), and the actions above and
		// below the list.
		assertThat(browser.driver().findElements(By.xpath("//button[normalize-space()='I know these people']")))
			.hasSize(2);
		List<WebElement> boxes = browser.driver()
			.findElements(By.cssSelector("#contact-results input[name=contactId]"));
		assertThat(boxes).hasSize(3);
		WebElement everyone = browser.driver().findElement(By.id("select-all"));
		assertThat(everyone.isDisplayed()).isTrue();
		everyone.click();
		assertThat(boxes).allMatch(WebElement::isSelected);
		everyone.click();
		assertThat(boxes).noneMatch(WebElement::isSelected);
		tick(browser, "Frances Allen");
		tick(browser, "小明 王");
		browser.press("I know these people");
		assertThat(browser.heading()).isEqualTo("I know these people");
		assertThat(browser.text(By.id("bulk-log"))).contains("Frances Allen", "小明 王").doesNotContain("Rocket");
		// On a phone too: one card per person, the answers wrap, nothing scrolls
		// sideways.
		browser.viewport(390, 844);
		assertThat(browser.horizontalOverflow()).isZero();
		assertThat(Accessibility.seriousViolations(browser)).isEmpty();
		browser.screenshot("journey-know-these-people-390");
		browser.viewport(1366, 900);
		// Only Frances gets an answer: a person left unanswered logs nothing.
		WebElement first = browser.driver().findElement(By.cssSelector("#bulk-log .bulk-person:nth-child(1)"));
		assertThat(first.getText()).contains("When did you last meet Frances Allen?", "This month", "This year",
				"Longer ago", "Don't remember");
		first.findElement(By.xpath(".//label[normalize-space()='This month']")).click();
		new Select(first.findElement(By.cssSelector("select[name=kind]"))).selectByVisibleText("Meal");
		// The buttons are at the top as well as the bottom of a long list.
		browser.press(By.cssSelector("#bulk-log > div.bulk-actions:first-of-type"), "Log these");

		assertThat(browser.path()).isEqualTo("/contacts?imported=true");
		assertThat(browser.text()).contains("Logged 1 interaction.");
		assertThat(browser.text(By.id("contact-results"))).doesNotContain("Frances Allen")
			.contains("小明 王", "🚀 Rocket Science 👩‍💻");

		browser.open("/contacts");
		String frances = browser.text(By.xpath("//tr[td//a[normalize-space()='Frances Allen']]"));
		// "This month" on 18 November is logged halfway between the 1st and today.
		assertThat(frances).contains("9 Nov 2026").doesNotContain("no history yet");
		assertThat(browser.text(By.xpath("//tr[td//a[normalize-space()='小明 王']]"))).contains("no history yet");

		browser.follow("Frances Allen");
		assertThat(browser.text(By.id("score"))).doesNotContain("no history yet");
		assertThat(browser.text(By.cssSelector("#score .score-sentence"))).startsWith("A meal ")
			.doesNotContain("Frances Allen");
		assertThat(browser.text(By.id("timeline"))).contains("Meal").contains("9 Nov 2026");
	}

	private static void tick(Browser browser, String name) {
		browser.driver().findElement(By.cssSelector("input[aria-label='Select " + name + "']")).click();
	}

}
