package dev.rapport.e2e;

import dev.rapport.support.TestUsers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The steps a person takes in Rapport, written once so a new journey is a few lines: sign
 * up, add a contact, log an interaction, add a follow-up, sign out and in. Each step
 * checks it landed where a person would expect.
 */
public final class Rapport {

	public static final String PASSWORD = TestUsers.PASSWORD;

	private final Browser browser;

	Rapport(Browser browser) {
		this.browser = browser;
	}

	public Browser browser() {
		return this.browser;
	}

	/**
	 * Signs up a fresh user (registration is open in the test profile) and returns their
	 * email.
	 */
	public String signUpSomeone() {
		String email = "someone-" + UUID.randomUUID() + "@example.com";
		this.browser.open("/signup");
		signUp("Sam Tester", email, PASSWORD);
		return email;
	}

	public Rapport signUp(String name, String email, String password) {
		this.browser.fill("displayName", name).fill("email", email).fill("password", password).press("Create account");
		assertThat(this.browser.heading()).isEqualTo("Hello, " + name);
		return this;
	}

	public Rapport signIn(String email, String password, boolean rememberMe) {
		this.browser.open("/login").fill("username", email).fill("password", password);
		if (rememberMe) {
			this.browser.check("remember-me");
		}
		this.browser.press("Sign in");
		return this;
	}

	public Rapport signOut() {
		this.browser.press(By.tagName("nav"), "Sign out");
		assertThat(this.browser.path()).isEqualTo("/login?logout");
		return this;
	}

	/** Adds a contact from the contact form; returns the path of their page. */
	public String addContact(ContactInput contact) {
		this.browser.open("/contacts/new");
		contact.fillIn(this.browser);
		this.browser.press("Save");
		assertThat(this.browser.path()).as("contact page after saving").matches("/contacts/\\d+");
		return this.browser.path();
	}

	public String addContact(String firstName, String lastName) {
		return addContact(new ContactInput(firstName, lastName));
	}

	/**
	 * Logs an interaction through the "Log an interaction" button of the page shown, and
	 * checks the app brings the user back to that page with a toast saying what was
	 * logged (and offering Undo). Returns the new interaction's path.
	 */
	public String logInteraction(String kind, String withWhom, String summary, String notes) {
		String from = this.browser.path();
		this.browser.follow("Log an interaction");
		this.browser.pick("participants-input", withWhom)
			.choose("kind", kind)
			.fill("summary", summary)
			.fill("notes", notes);
		this.browser.press("Save");
		assertThat(this.browser.path()).as("back where the user started").isEqualTo(from);
		assertThat(this.browser.text(By.id("toasts"))).contains(kind + " with " + withWhom + " logged.");
		String undo = this.browser.driver()
			.findElement(By.cssSelector("#toasts form.undo-form"))
			.getDomAttribute("action");
		assertThat(undo).as("the toast's Undo deletes what was logged").matches("/interactions/\\d+/delete");
		return undo.substring(0, undo.length() - "/delete".length());
	}

	/**
	 * Logs an interaction on a given day from the "Log an interaction" page; returns its
	 * page's path.
	 */
	public String logInteractionOn(LocalDate date, String kind, String withWhom, String summary) {
		this.browser.open("/interactions/new");
		this.browser.pick("participants-input", withWhom)
			.choose("kind", kind)
			.fillDate("date", date)
			.fill("summary", summary);
		this.browser.press("Save");
		assertThat(this.browser.path()).as("interaction page after saving").matches("/interactions/\\d+");
		return this.browser.path();
	}

	/**
	 * Uploads a LinkedIn export from {@code src/test/resources/e2e} and lands on its
	 * preview.
	 */
	public Rapport previewImport(String fixture) {
		this.browser.open("/import").attach("file", Path.of("src", "test", "resources", "e2e", fixture));
		this.browser.press("Preview the import");
		assertThat(this.browser.path()).as("preview after uploading").matches("/import/[^/]+");
		assertThat(this.browser.heading()).isEqualTo("Preview: " + fixture);
		return this;
	}

	/** Commits the import previewed on this page and lands on its result. */
	public Rapport commitImport() {
		this.browser.press("Import now");
		assertThat(this.browser.path()).as("result after importing").matches("/import/history/\\d+");
		assertThat(this.browser.heading()).isEqualTo("Import done");
		return this;
	}

	/** Adds a follow-up from the contact page shown; lands back on it. */
	public Rapport addFollowUpHere(String title) {
		String contactPage = this.browser.path();
		this.browser.follow("Add a follow-up").fill("title", title).press("Save");
		assertThat(this.browser.path()).isEqualTo(contactPage);
		return this;
	}

	/** What a user types into the contact form; only the filled fields are typed. */
	public record ContactInput(String firstName, String lastName, String company, String linkedinUrl, String tags,
			String howWeMet, String notes) {

		public ContactInput(String firstName, String lastName) {
			this(firstName, lastName, null, null, null, null, null);
		}

		void fillIn(Browser browser) {
			type(browser, "firstName", this.firstName);
			type(browser, "lastName", this.lastName);
			type(browser, "company", this.company);
			type(browser, "linkedinUrl", this.linkedinUrl);
			type(browser, "tags", this.tags);
			type(browser, "howWeMet", this.howWeMet);
			type(browser, "notes", this.notes);
		}

		private static void type(Browser browser, String id, String text) {
			if (text != null) {
				browser.fill(id, text);
			}
		}

	}

}
