package dev.rapport.account.web;

import dev.rapport.account.AccountService;
import dev.rapport.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A fresh installation with registration closed: the first visitor creates the owner
 * account and is signed in; nobody else can sign up afterwards.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:signup-tests;DB_CLOSE_DELAY=-1",
		"rapport.registration.open=false" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SignUpTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountService accounts;

	/**
	 * One story in steps, since each step needs the installation the previous one left
	 * (no account yet, then the owner).
	 */
	@Test
	void aFreshInstallationsFirstVisitorBecomesTheOwnerAndNobodyElseCanSignUp() {
		firstVisitorIsSentToSignUp();
		invalidSignUpShowsFieldMessagesAndCreatesNothing();
		ownerSignsUpAndIsSignedIn();
		laterSignUpsAreRefusedWhileRegistrationIsClosed();
	}

	private void firstVisitorIsSentToSignUp() {
		assertThat(this.mvc.get().uri("/login")).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/signup");
		assertThat(this.mvc.get().uri("/signup")).hasStatusOk()
			.bodyText()
			.contains("You are the first here", "list=\"time-zones\"", "data-detect-time-zone",
					"<option value=\"Europe/Berlin\">Europe/Berlin — Berlin (UTC+01:00)</option>",
					"<option value=\"America/New_York\">America/New_York — New York (UTC-05:00)</option>")
			.as("a short curated list, not every zone id")
			.doesNotContain("Etc/GMT+5", "America/Indiana/Knox", "SystemV/");
	}

	private void invalidSignUpShowsFieldMessagesAndCreatesNothing() {
		assertThat(this.mvc.post()
			.uri("/signup")
			.with(csrf())
			.param("displayName", "")
			.param("email", "nope")
			.param("password", "short")
			.param("timeZone", "Europe/Lisbon")).hasStatusOk()
			.bodyText()
			.contains("Tell us your name", "Enter a full email address, like maria@example.com.",
					"Choose a password of at least 10 characters")
			.doesNotContain("must not be blank", "size must be between");
		assertThat(this.mvc.post()
			.uri("/signup")
			.with(csrf())
			.param("displayName", "Maria")
			.param("email", "maria@example")
			.param("password", TestUsers.PASSWORD)
			.param("timeZone", "Europe/Lisbon")).hasStatusOk()
			.bodyText()
			.as("an address without a dot in its domain is a typo")
			.contains("Enter a full email address");
		assertThat(this.mvc.post()
			.uri("/signup")
			.with(csrf())
			.param("displayName", "Owner")
			.param("email", "owner@example.com")
			.param("password", TestUsers.PASSWORD)
			.param("timeZone", "Mars/Olympus_Mons")).hasStatusOk()
			.bodyText()
			.contains("Pick a time zone from the list.");
		assertThat(this.accounts.hasAnyAccount()).isFalse();
	}

	private void ownerSignsUpAndIsSignedIn() {
		var result = this.mvc.post()
			.uri("/signup")
			.with(csrf())
			.param("displayName", "Owner")
			.param("email", "Owner@Example.com")
			.param("password", TestUsers.PASSWORD)
			.param("timeZone", "Europe/Vilnius") // detected on the device, though not in
													// the curated list
			.exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/");
		assertThat(this.mvc.get().uri("/").cookie(result.getMvcResult().getResponse().getCookie("SESSION")))
			.hasStatusOk()
			.bodyText()
			.contains("Hello, Owner");
		assertThat(this.accounts.loadUserByUsername("owner@example.com").getPassword()).startsWith("{bcrypt}");
	}

	private void laterSignUpsAreRefusedWhileRegistrationIsClosed() {
		assertThat(this.mvc.get().uri("/signup")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/login?closed");
		assertThat(this.mvc.post()
			.uri("/signup")
			.with(csrf())
			.param("displayName", "Intruder")
			.param("email", "intruder@example.com")
			.param("password", TestUsers.PASSWORD)
			.param("timeZone", "UTC")).hasStatusOk().bodyText().contains("Sign-up is closed");
		assertThat(this.mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", "owner@example.com")
			.param("password", TestUsers.PASSWORD)).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/");
		assertThat(this.mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", "owner@example.com")
			.param("password", "wrong password")).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/login?error");
	}

}
