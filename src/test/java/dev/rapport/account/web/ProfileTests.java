package dev.rapport.account.web;

import java.util.UUID;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;
import dev.rapport.support.SignedInBrowser;
import dev.rapport.support.TestUsers;
import dev.rapport.support.WebIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Settings → Profile through the real chain: name and time zone, and the sign-in email
 * (with the current password). Other browsers of the user go on with the new values
 * without signing in again. (The note to the old address is tested against a real mail
 * server in {@code EmailChangeNoticeTests}.)
 */
@WebIntegrationTest
class ProfileTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountService accounts;

	@Test
	void showsTheProfileWithASearchableListOfTimeZones() {
		AccountPrincipal user = newAccount();
		MvcTestResult page = signIn(user, "192.0.2.1", false).get("/settings/profile");
		assertThat(page).hasStatusOk()
			.bodyText()
			.contains(user.displayName(), user.email(), "list=\"time-zones\"", "<option value=\"Europe/Berlin\">",
					"value=\"UTC\"", "Use this device&#39;s time zone:", "aria-current=\"page\"")
			.doesNotContain("<option value=\"Etc/GMT+5\">");
	}

	@Test
	void savesNameAndTimeZoneAndEveryBrowserGoesOnWithThem() {
		AccountPrincipal user = newAccount();
		SignedInBrowser laptop = signIn(user, "192.0.2.2", false);
		SignedInBrowser phone = signIn(user, "192.0.2.3", false);
		assertThat(phone.get("/settings/reminders")).bodyText().contains("Europe/Lisbon");

		long version = this.accounts.profileOf(user.id()).version();
		assertThat(laptop.post("/settings/profile", "displayName", "  Ana Maria Lima ", "timeZone", "Asia/Tokyo",
				"version", Long.toString(version)))
			.hasRedirectedUrl("/settings/profile");

		assertThat(laptop.get("/settings/profile")).bodyText()
			.contains("Profile saved. Your time zone is Asia/Tokyo.", "value=\"Ana Maria Lima\"",
					"value=\"Asia/Tokyo\"");
		assertThat(this.accounts.account(user.id())).hasValueSatisfying(now -> {
			assertThat(now.displayName()).isEqualTo("Ana Maria Lima");
			assertThat(now.zone().getId()).isEqualTo("Asia/Tokyo");
		});
		assertThat(phone.get("/settings/reminders")).as("the other browser computes in the new zone at once")
			.hasStatusOk()
			.bodyText()
			.contains("Asia/Tokyo");
	}

	@Test
	void refusesABlankNameAnUnknownZoneAndAStaleForm() {
		AccountPrincipal user = newAccount();
		SignedInBrowser browser = signIn(user, "192.0.2.4", false);
		long version = this.accounts.profileOf(user.id()).version();

		assertThat(browser.post("/settings/profile", "displayName", " ", "timeZone", "Mars/Olympus_Mons", "version",
				Long.toString(version)))
			.hasStatusOk()
			.bodyText()
			.contains("Tell us your name, so Rapport can greet you.", "Pick a time zone from the list.");
		assertThat(browser.post("/settings/profile", "displayName", "x".repeat(101), "timeZone", "Europe/Paris",
				"version", Long.toString(version)))
			.bodyText()
			.contains("Keep your name under 100 characters.");

		assertThat(browser.post("/settings/profile", "displayName", "First", "timeZone", "Europe/Paris", "version",
				Long.toString(version)))
			.hasRedirectedUrl("/settings/profile");
		assertThat(browser.post("/settings/profile", "displayName", "Second", "timeZone", "Europe/Rome", "version",
				Long.toString(version)))
			.as("a form shown before the first save")
			.hasStatusOk()
			.bodyText()
			.contains("Your profile was changed meanwhile");
		assertThat(this.accounts.account(user.id())).hasValueSatisfying(now -> {
			assertThat(now.displayName()).isEqualTo("First");
			assertThat(now.zone().getId()).isEqualTo("Europe/Paris");
		});
	}

	@Test
	void changesNeedTheCsrfToken() {
		AccountPrincipal user = newAccount();
		SignedInBrowser browser = signIn(user, "192.0.2.5", false);
		assertThat(this.mvc.post()
			.uri("/settings/profile")
			.cookie(browser.session())
			.param("displayName", "Forged")
			.param("timeZone", "Asia/Tokyo")).hasStatus(403);
		assertThat(this.mvc.post()
			.uri("/settings/profile/email")
			.cookie(browser.session())
			.param("newEmail", "forged@example.com")
			.param("currentPassword", TestUsers.PASSWORD)).hasStatus(403);
		assertThat(this.accounts.account(user.id())).hasValueSatisfying(now -> {
			assertThat(now.displayName()).isEqualTo(user.displayName());
			assertThat(now.email()).isEqualTo(user.email());
		});
	}

	@Test
	void changingTheEmailNeedsThePasswordAndAFreeAddress() {
		AccountPrincipal user = newAccount();
		AccountPrincipal other = newAccount();
		SignedInBrowser browser = signIn(user, "192.0.2.6", false);

		assertThat(browser.post("/settings/profile/email", "newEmail", "new@example.com", "currentPassword",
				"not my password"))
			.hasStatusOk()
			.bodyText()
			.contains("That is not your current password.");
		assertThat(browser.post("/settings/profile/email", "newEmail", "new@example.com", "currentPassword", ""))
			.bodyText()
			.contains("Enter your current password to change your email address.");
		assertThat(browser.post("/settings/profile/email", "newEmail", "maria@example", "currentPassword",
				TestUsers.PASSWORD))
			.bodyText()
			.contains("Enter a full email address, like maria@example.com.");
		assertThat(browser.post("/settings/profile/email", "newEmail", other.email().toUpperCase(), "currentPassword",
				TestUsers.PASSWORD))
			.bodyText()
			.contains("An account with this email already exists.");
		assertThat(browser.post("/settings/profile/email", "newEmail", user.email(), "currentPassword",
				TestUsers.PASSWORD))
			.bodyText()
			.contains("That is already your email address.");
		assertThat(this.accounts.account(user.id()))
			.hasValueSatisfying(now -> assertThat(now.email()).isEqualTo(user.email()));
	}

	@Test
	void afterAnEmailChangeTheNewAddressSignsInAndEveryBrowserStaysSignedIn() {
		AccountPrincipal user = newAccount();
		SignedInBrowser laptop = signIn(user, "192.0.2.7", true);
		SignedInBrowser phone = signIn(user, "192.0.2.8", true);
		String newEmail = "moved-" + UUID.randomUUID() + "@example.org";

		assertThat(laptop.post("/settings/profile/email", "newEmail", " " + newEmail.toUpperCase() + " ",
				"currentPassword", TestUsers.PASSWORD))
			.hasRedirectedUrl("/settings/profile");
		assertThat(laptop.get("/settings/profile")).bodyText()
			.contains("Your email address is now " + newEmail + ": sign in with it from now on.")
			.doesNotContain("old address was told");

		assertThat(phone.get("/settings/profile")).as("the other browser, still signed in, as the new address")
			.hasStatusOk()
			.bodyText()
			.contains(newEmail)
			.doesNotContain(user.email());
		assertThat(phone.getWithRememberMeOnly("/")).as("remember-me from before follows the new address")
			.hasStatusOk();
		assertThat(signInStatus(user.email(), "192.0.2.9")).isEqualTo("/login?error");
		assertThat(signInStatus(newEmail, "192.0.2.9")).isEqualTo("/");
	}

	private String signInStatus(String email, String address) {
		return this.mvc.post().uri("/login").with(csrf()).with(r -> {
			r.setRemoteAddr(address);
			return r;
		}).param("username", email).param("password", TestUsers.PASSWORD).exchange().getResponse().getRedirectedUrl();
	}

	private AccountPrincipal newAccount() {
		return TestUsers.signUp(this.accounts, "Profile-" + UUID.randomUUID().toString().substring(0, 8));
	}

	private SignedInBrowser signIn(AccountPrincipal user, String address, boolean remember) {
		return SignedInBrowser.signIn(this.mvc, user.email(), TestUsers.PASSWORD, SignedInBrowser.FIREFOX, address,
				remember);
	}

}
