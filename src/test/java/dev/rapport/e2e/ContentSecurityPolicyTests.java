package dev.rapport.e2e;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page works under the strict Content-Security-Policy: it renders, Bootstrap's and
 * htmx's scripts and the app's own script run, and the browser reports no violation
 * (checked after every browser test by {@link BrowserExtension}).
 */
@BrowserTest
class ContentSecurityPolicyTests {

	@Test
	void everyPageLoadsItsScriptsWithoutViolations(Rapport rapport, Browser browser) {
		rapport.signUpSomeone();
		String contact = rapport.addContact("Ann", "Lima");
		browser.open(contact);
		String interaction = rapport.logInteraction("Coffee", "Ann Lima", "Catching up", "");
		browser.open(contact);
		rapport.addFollowUpHere("Send the article");

		for (String page : List.of("/", "/contacts", "/contacts?archived=true", "/contacts/new", contact,
				contact + "/edit", contact + "/delete", "/interactions", "/interactions/new", interaction,
				interaction + "/edit", interaction + "/delete", "/follow-ups", "/follow-ups/new", "/no-such-page")) {
			browser.open(page);
			assertThat(scriptsLoaded(browser)).as(page).isTrue();
			assertThat(browser.contentSecurityPolicyViolations()).as(page).isEmpty();
		}
		rapport.signOut();
		for (String page : List.of("/login", "/signup")) {
			browser.open(page);
			assertThat(scriptsLoaded(browser)).as(page).isTrue();
			assertThat(browser.contentSecurityPolicyViolations()).as(page).isEmpty();
		}
	}

	@Test
	void bootstrapHtmxAndTheAppScriptWork(Rapport rapport, Browser browser) {
		rapport.signUpSomeone();
		rapport.addContact("Ann", "Lima");
		rapport.addContact("Bob", "Stone");

		// htmx: search as you type replaces the results without leaving the page.
		browser.open("/contacts").fill("q", "Bob");
		wait(browser).until(driver -> !browser.text(By.id("contact-results")).contains("Ann Lima"));
		assertThat(browser.text(By.id("contact-results"))).contains("Bob Stone");

		// people-picker.js: typing offers only the people who match.
		browser.open("/interactions/new").fill("participants-input", "ann");
		wait(browser).until(driver -> !driver.findElements(By.cssSelector(".picker-list [role=option]")).isEmpty());
		assertThat(browser.driver().findElements(By.cssSelector(".picker-list [role=option]")))
			.extracting(option -> option.getText())
			.containsExactly("Ann Lima");

		// Bootstrap: on a narrow window the menu opens from the toggler.
		browser.driver().manage().window().setSize(new Dimension(600, 900));
		try {
			browser.open("/");
			browser.driver().findElement(By.cssSelector(".navbar-toggler")).click();
			wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.linkText("Follow-ups")));
		}
		finally {
			browser.driver().manage().window().setSize(new Dimension(1280, 1024));
		}
	}

	@Test
	void swaggerUiWorksUnderItsOwnPolicy(Rapport rapport, Browser browser) {
		browser.open("/swagger-ui/index.html");
		// The first visit builds the API document: under load that takes more than a few
		// seconds.
		browser.waitFor(driver -> browser.text(By.tagName("body")).contains("/api/v1/contacts"));
		assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
	}

	@Test
	void violationsAreNoticed(Rapport rapport, Browser browser) {
		browser.open("/login");
		browser.driver()
			.executeScript("var s = document.createElement('script'); s.textContent = 'window.__inline = 1';"
					+ " document.body.appendChild(s);");

		assertThat(browser.driver().executeScript("return window.__inline === undefined")).isEqualTo(true);
		assertThat(browser.contentSecurityPolicyViolations()).isNotEmpty();
	}

	private static boolean scriptsLoaded(Browser browser) {
		return Boolean.TRUE.equals(browser.driver()
			.executeScript("return typeof window.htmx === 'object' && typeof window.bootstrap === 'object';"));
	}

	private static WebDriverWait wait(Browser browser) {
		return new WebDriverWait(browser.driver(), Duration.ofSeconds(5));
	}

}
