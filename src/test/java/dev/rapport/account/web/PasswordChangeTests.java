package dev.rapport.account.web;

import java.util.UUID;

import dev.rapport.account.AccessTokenService;
import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;
import dev.rapport.account.PasswordCheck;
import dev.rapport.account.NewAccessToken;
import dev.rapport.support.SignedInBrowser;
import dev.rapport.support.TestUsers;
import dev.rapport.support.WebIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changing the password through the real chain: the current password is required, weak
 * ones are refused, and a change ends every other session and every remember-me login
 * made before it.
 */
@WebIntegrationTest
class PasswordChangeTests {

	static final String NEW_PASSWORD = "plum tractor velvet lighthouse";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	AccessTokenService tokens;

	@Test
	void changeSignsOutOtherBrowsersAndForgetsEveryRememberMe() {
		AccountPrincipal user = newAccount();
		SignedInBrowser laptop = signIn(user, SignedInBrowser.FIREFOX, "198.51.100.1", true);
		SignedInBrowser phone = signIn(user, SignedInBrowser.SAFARI, "198.51.100.2", true);

		assertThat(
				laptop.post("/settings/password", "currentPassword", TestUsers.PASSWORD, "newPassword", NEW_PASSWORD))
			.hasRedirectedUrl("/settings/password");

		assertThat(laptop.get("/settings/password")).hasStatusOk()
			.bodyText()
			.contains("Password changed. 1 other browser is signed out");
		assertThat(phone.get("/")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
		assertThat(phone.getWithRememberMeOnly("/")).as("the phone's remember-me from before")
			.hasStatus3xxRedirection();
		assertThat(laptop.getWithRememberMeOnly("/")).as("this browser's remember-me from before")
			.hasStatus3xxRedirection();
		assertThat(this.accounts.checkPassword(user.id(), NEW_PASSWORD)).isEqualTo(PasswordCheck.RIGHT);
		assertThat(this.accounts.checkPassword(user.id(), TestUsers.PASSWORD)).isEqualTo(PasswordCheck.WRONG);
		signIn(user.email(), NEW_PASSWORD);
	}

	@Test
	void revokesApiTokensOnlyWhenAsked() {
		AccountPrincipal keeper = newAccount();
		String kept = this.tokens.create(keeper.id(), new NewAccessToken("backup")).token();
		SignedInBrowser browser = signIn(keeper, SignedInBrowser.FIREFOX, "198.51.100.3", false);
		browser.post("/settings/password", "currentPassword", TestUsers.PASSWORD, "newPassword", NEW_PASSWORD);
		assertThat(this.tokens.authenticate(kept)).isPresent();

		AccountPrincipal revoker = newAccount();
		String revoked = this.tokens.create(revoker.id(), new NewAccessToken("backup")).token();
		SignedInBrowser other = signIn(revoker, SignedInBrowser.FIREFOX, "198.51.100.4", false);
		other.post("/settings/password", "currentPassword", TestUsers.PASSWORD, "newPassword", NEW_PASSWORD,
				"revokeTokens", "true");
		assertThat(this.tokens.authenticate(revoked)).isEmpty();
		assertThat(other.get("/settings/password")).bodyText().contains("1 API token is revoked");
	}

	@Test
	void guessingTheCurrentPasswordIsThrottledLikeSigningIn() {
		AccountPrincipal user = newAccount();
		SignedInBrowser stolenSession = signIn(user, SignedInBrowser.FIREFOX, "198.51.100.6", false);
		SignedInBrowser owner = signIn(user, SignedInBrowser.SAFARI, "198.51.100.7", false);
		for (int guess = 0; guess < 5; guess++) {
			assertThat(stolenSession.post("/settings/profile/email", "currentPassword", "guess " + guess, "newEmail",
					"thief@example.com"))
				.hasStatusOk()
				.bodyText()
				.contains("That is not your current password.");
		}

		assertThat(stolenSession.post("/settings/password", "currentPassword", TestUsers.PASSWORD, "newPassword",
				NEW_PASSWORD))
			.as("even the right password is not checked from there for a while")
			.hasStatusOk()
			.bodyText()
			.contains("Too many wrong passwords from here lately");
		assertThat(this.accounts.checkPassword(user.id(), NEW_PASSWORD)).isEqualTo(PasswordCheck.WRONG);
		assertThat(owner.post("/settings/password", "currentPassword", TestUsers.PASSWORD, "newPassword", NEW_PASSWORD))
			.as("another address is not held up")
			.hasRedirectedUrl("/settings/password");
	}

	@Test
	void refusesAWrongCurrentPasswordAndWeakNewOnes() {
		AccountPrincipal user = newAccount();
		SignedInBrowser browser = signIn(user, SignedInBrowser.FIREFOX, "198.51.100.5", false);

		assertThat(
				browser.post("/settings/password", "currentPassword", "not my password", "newPassword", NEW_PASSWORD))
			.hasStatusOk()
			.bodyText()
			.contains("That is not your current password.");
		assertThat(
				browser.post("/settings/password", "currentPassword", TestUsers.PASSWORD, "newPassword", "qwertyuiop"))
			.bodyText()
			.contains("on the list of the most common ones");
		assertThat(browser.post("/settings/password", "currentPassword", TestUsers.PASSWORD, "newPassword", "short"))
			.bodyText()
			.contains("size must be between 10 and 128");
		assertThat(
				browser.post("/settings/password", "currentPassword", TestUsers.PASSWORD, "newPassword", user.email()))
			.bodyText()
			.contains("Do not use your email or name");

		assertThat(this.accounts.checkPassword(user.id(), TestUsers.PASSWORD)).isEqualTo(PasswordCheck.RIGHT);
		assertThat(browser.get("/")).as("a refused change signs nobody out").hasStatusOk();
	}

	private AccountPrincipal newAccount() {
		return TestUsers.signUp(this.accounts, "Pw-" + UUID.randomUUID().toString().substring(0, 8));
	}

	private SignedInBrowser signIn(AccountPrincipal user, String userAgent, String address, boolean remember) {
		return SignedInBrowser.signIn(this.mvc, user.email(), TestUsers.PASSWORD, userAgent, address, remember);
	}

	private void signIn(String email, String password) {
		SignedInBrowser.signIn(this.mvc, email, password, SignedInBrowser.FIREFOX, "198.51.100.9", false);
	}

}
