package dev.rapport.e2e;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A history logged through the interaction form turns into a score: the contact page
 * shows the figure, the tier, the sentence that explains them and the chart, and the
 * contact list shows the same tier and can sort people by depth. The test clock stands at
 * 18 Nov 2026.
 */
@BrowserTest
class RelationshipScoreJourneyTests {

	@Test
	void loggedHistoryShowsAsScoreTierExplanationAndChartAndSortsTheList(Rapport rapport, Browser browser) {
		rapport.signUpSomeone();
		// Alphabetical order is the reverse of depth order, so sorting by depth visibly
		// changes the list.
		rapport.addContact("Ann", "Lima");
		rapport.addContact("Mia", "Stone");
		String zoe = rapport.addContact("Zoe", "Ward");

		rapport.logInteractionOn(LocalDate.of(2026, 2, 10), "Meeting in person", "Zoe Ward", "Met at the conference");
		rapport.logInteractionOn(LocalDate.of(2026, 6, 1), "Coffee", "Zoe Ward", "Coffee near her office");
		rapport.logInteractionOn(LocalDate.of(2026, 9, 10), "Call", "Zoe Ward", "Her new job");
		rapport.logInteractionOn(LocalDate.of(2026, 10, 20), "Coffee", "Zoe Ward", "Planning the trip");
		rapport.logInteractionOn(LocalDate.of(2026, 11, 15), "Meal", "Zoe Ward", "Dinner with the team");
		rapport.logInteractionOn(LocalDate.of(2026, 3, 1), "Message", "Mia Stone", "Congratulations");

		browser.open(zoe);
		WebElement score = browser.driver().findElement(By.id("score"));
		String figure = score.findElement(By.cssSelector(".score-figure")).getText();
		String tier = score.findElement(By.cssSelector(".tier-badge")).getText();
		assertThat(Integer.parseInt(figure)).isBetween(1, 100);
		assertThat(tier).isIn("Inner circle", "Close", "Active", "Acquaintance");
		assertThat(score.findElement(By.cssSelector(".score-sentence")).getText()).startsWith("A meal 3 days ago")
			.doesNotContain("Zoe Ward", tier + " · ", figure + ":");
		WebElement chart = score.findElement(By.cssSelector("svg.score-chart"));
		assertThat(chart.findElement(By.cssSelector("polyline.score-line")).getDomAttribute("points").split(" "))
			.as("one point a week since the first interaction")
			.hasSizeGreaterThan(10);
		assertThat(chart.findElement(By.tagName("desc")).getDomProperty("textContent"))
			.startsWith("Now " + figure + ";");
		assertThat(chart.getSize().getHeight()).as("the chart is drawn, not collapsed").isGreaterThan(50);

		browser.open("/contacts");
		assertThat(names(browser)).containsExactly("Ann Lima", "Mia Stone", "Zoe Ward");
		assertThat(depthOf(browser, "Zoe Ward")).isEqualTo(tier + " " + figure);
		assertThat(depthOf(browser, "Ann Lima")).isEqualTo("no history yet");
		assertThat(depthOf(browser, "Mia Stone")).doesNotContain("no history yet");

		browser.choose("sort", "Depth");
		new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
			.until(driver -> browser.path().contains("sort=DEPTH") && names(browser).size() == 3);
		assertThat(names(browser)).containsExactly("Zoe Ward", "Mia Stone", "Ann Lima");
	}

	private static List<String> names(Browser browser) {
		return browser.driver()
			.findElements(By.cssSelector("#contact-results tbody tr td:first-child a"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	private static String depthOf(Browser browser, String name) {
		return browser.driver()
			.findElement(
					By.xpath("//tr[td//a[normalize-space()='" + name + "']]/td[contains(@class, 'contact-depth')]"))
			.getText()
			.replaceAll("\\s+", " ");
	}

}
