package dev.rapport.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import dev.rapport.support.MailServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminders end to end: a birthday on a contact's page, the weekly email turned on and
 * sent now (read back from a real SMTP server), and the calendar feed's address copied
 * and subscribed to.
 */
@BrowserTest
// Its mail server makes a context of its own anyway; a database of its own keeps it apart
// from the shared app's.
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:reminders-journey;DB_CLOSE_DELAY=-1")
class RemindersJourneyTests {

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		MailServer.register(registry);
	}

	@Test
	void turnsTheDigestOnSendsItNowAndCopiesTheFeedAddress(Rapport rapport, Browser browser) throws Exception {
		String email = rapport.signUpSomeone();
		String nora = rapport.addContact("Nora", "Birthday");
		browser.open(nora).follow("Add a date");
		browser.fill("date", "--11-20").press("Save");
		assertThat(browser.text(By.id("important-dates"))).contains("Birthday", "20 November");

		browser.open("/settings").follow("Reminders: weekly email and calendar feed");
		browser.driver().findElement(By.name("enabled")).click();
		browser.press(By.id("digest-settings"), "Save");
		assertThat(browser.text()).contains("Weekly email settings saved.");
		assertThat(browser.driver().findElement(By.name("enabled")).isSelected()).isTrue();

		browser.press("Send me this week's email now");
		assertThat(browser.text()).contains("This week's email is on its way to " + email);
		assertThat(MailServer.to(email)).singleElement().satisfies(mail -> {
			assertThat(mail.subject()).isEqualTo("This week: reconnect with Nora Birthday");
			assertThat(mail.text()).contains("Nora Birthday: Nora Birthday's birthday is on Friday.");
			assertThat(mail.text()).contains("Nora Birthday: Birthday, Fri 20 Nov, in 2 days");
			assertThat(mail.html()).contains("Nora Birthday: Birthday, Fri 20 Nov, in 2 days");
		});

		browser.press("Turn on the calendar feed");
		String feedUrl = browser.value("feed-url");
		assertThat(feedUrl).contains("/calendar/").endsWith(".ics");
		browser.driver().findElement(By.cssSelector("button[data-copy-target='feed-url']")).click();
		new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
			.until(driver -> driver.findElement(By.cssSelector("button[data-copy-target='feed-url']"))
				.getText()
				.equals("Copied"));

		HttpResponse<String> feed = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + URI.create(feedUrl).getPath()))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(feed.statusCode()).isEqualTo(200);
		assertThat(feed.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/calendar"));
		assertThat(feed.body()).contains("BEGIN:VCALENDAR", "SUMMARY:Nora Birthday's birthday");
	}

}
