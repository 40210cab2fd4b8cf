package dev.rapport.e2e;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.rapport.e2e.Rapport.ContactInput;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a user types is shown as text and never runs, on every page that shows it.
 * Three payloads go into every free-text field; each page is then checked for an open
 * dialog, a planted {@code window.__xss}, elements built from the input, and the payload
 * visible literally. (The CSP would block inline scripts anyway; the extension fails the
 * test if the browser reports having had to, so escaping is tested on its own.)
 */
@BrowserTest
class CrossSiteScriptingTests {

	static final String SCRIPT = "<script>window.__xss=1</script>";

	static final String IMG = "<img src=x onerror=\"window.__xss=1\">";

	static final String JS_URL = "javascript:window.__xss=1";

	@Test
	void typedMarkupIsShownAsTextOnEveryPage(Rapport rapport, Browser browser) {
		rapport.signUpSomeone();
		String contact = rapport.addContact(new ContactInput(SCRIPT, IMG, IMG, null, SCRIPT + ", " + IMG,
				IMG + " " + JS_URL, SCRIPT + "\n" + IMG + "\n" + JS_URL));
		browser.open(contact);
		String interaction = rapport.logInteraction("Coffee", SCRIPT + " " + IMG, SCRIPT + " " + IMG,
				SCRIPT + "\n" + IMG + "\n" + JS_URL);
		browser.open(contact);
		rapport.addFollowUpHere(SCRIPT + " " + IMG);

		for (String page : List.of(contact, contact + "/edit", contact + "/delete", "/contacts", "/", "/follow-ups",
				"/interactions", interaction, interaction + "/edit", "/interactions/new?contactId=" + idOf(contact),
				"/follow-ups/new?contactId=" + idOf(contact))) {
			browser.open(page).assertNoScriptRan();
			assertThat(browser.text() + formValues(browser) + pickerOptions(browser)).as(page)
				.contains(SCRIPT)
				.contains(IMG);
		}
		browser.open(contact);
		assertThat(browser.text()).contains(JS_URL);
	}

	/** The id at the end of a contact page's path. */
	private static String idOf(String contactPath) {
		return contactPath.substring(contactPath.lastIndexOf('/') + 1);
	}

	@Test
	void searchAndFilterEchoMarkupAsText(Rapport rapport, Browser browser) {
		rapport.signUpSomeone();
		browser.open("/contacts?q=" + encode(SCRIPT) + "&tag=" + encode(IMG)).assertNoScriptRan();
		assertThat(browser.value("q")).isEqualTo(SCRIPT);
	}

	@Test
	void linksThatAreNotWebAddressesAreRefusedAndShownAsText(Rapport rapport, Browser browser) {
		rapport.signUpSomeone();
		for (String link : List.of(JS_URL, "JaVaScRiPt:window.__xss=1",
				"data:text/html,<script>window.__xss=1</script>",
				"https://www.linkedin.com/in/x\"><script>window.__xss=1</script>")) {
			browser.open("/contacts/new");
			new ContactInput("Link", "Tester", null, link, null, null, null).fillIn(browser);
			browser.press("Save").assertNoScriptRan();
			assertThat(browser.path()).as(link).isEqualTo("/contacts");
			assertThat(browser.text()).contains("Enter a web address such as https://www.linkedin.com/in/your-friend.");
			assertThat(browser.value("linkedinUrl")).isEqualTo(link);
		}

		String contact = rapport.addContact(
				new ContactInput("Link", "Tester", null, "http://www.linkedin.com/in/link-tester", null, null, null));
		browser.open(contact);
		assertThat(browser.driver()
			.findElement(By.linkText("https://www.linkedin.com/in/link-tester"))
			.getDomAttribute("href")).isEqualTo("https://www.linkedin.com/in/link-tester");
		assertThat(browser.driver().findElements(By.cssSelector("a[href^='javascript'], a[href^='data']"))).isEmpty();
	}

	/**
	 * The same payloads arriving in a LinkedIn export
	 * ({@code e2e/Connections-markup.csv}: names, company, position, a
	 * {@code javascript:} URL and a profile URL that tries to break out of its attribute)
	 * are text on the preview, the result, the lists, the "I know these people" page and
	 * the contact pages.
	 */
	@Test
	void importedMarkupIsShownAsTextOnEveryPage(Rapport rapport, Browser browser) {
		rapport.signUpSomeone();
		rapport.previewImport("Connections-markup.csv");
		browser.assertNoScriptRan();
		assertThat(browser.text(By.id("preview-created"))).contains(SCRIPT).contains(IMG).contains(JS_URL);
		rapport.commitImport();
		browser.assertNoScriptRan();
		assertThat(browser.text(By.id("import-result"))).contains("2 created");

		for (String page : List.of("/contacts", "/contacts?imported=true", "/import")) {
			browser.open(page).assertNoScriptRan();
		}
		browser.open("/contacts?imported=true");
		assertThat(browser.text(By.id("contact-results"))).contains(SCRIPT + " " + IMG)
			.contains("Mallory " + SCRIPT)
			.contains(JS_URL);
		browser.driver()
			.findElements(By.cssSelector("#contact-results input[name=contactId]"))
			.forEach(box -> box.click());
		browser.press("I know these people").assertNoScriptRan();
		assertThat(browser.text(By.id("bulk-log"))).contains(SCRIPT + " " + IMG).contains("Mallory " + SCRIPT);

		for (String name : List.of(SCRIPT + " " + IMG, "Mallory " + SCRIPT)) {
			browser.open("/contacts?imported=true");
			browser.follow(name).assertNoScriptRan();
			assertThat(browser.heading()).isEqualTo(name);
			assertThat(browser.text()).contains(IMG).contains(SCRIPT);
			assertThat(browser.driver().findElements(By.cssSelector("a[href^='javascript'], a[href^='data']")))
				.isEmpty();
		}
		assertThat(browser.driver().findElements(By.cssSelector("a[href^='https://www.linkedin.com/in/x']")))
			.singleElement()
			.satisfies(link -> assertThat(link.getDomAttribute("href")).as("the whole URL stays inside the attribute")
				.isEqualTo("https://www.linkedin.com/in/x\"><script>window.__xss=1<"));
	}

	/** Form fields keep what was typed in their value, not in the page text. */
	private static String formValues(Browser browser) {
		Object values = browser.driver()
			.executeScript("return Array.from(document.querySelectorAll('input, textarea, option'))"
					+ ".map(e => e.value + ' ' + e.text).join('\\n');");
		return "\n" + values;
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	/**
	 * The names a people picker offers as you type (its options wait, hidden, until
	 * then).
	 */
	private static String pickerOptions(Browser browser) {
		return String.valueOf(browser.driver()
			.executeScript(
					"return Array.from(document.querySelectorAll('.picker-fallback label, .picker-fallback option'))"
							+ ".map(e => e.textContent).join(' ');"));
	}

}
