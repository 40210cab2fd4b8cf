package dev.rapport.e2e;

import java.time.Clock;
import java.time.Duration;

import dev.rapport.account.AccountService;
import dev.rapport.account.passkey.PasskeyService;
import dev.rapport.account.twofactor.Base32;
import dev.rapport.account.twofactor.Totp;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions.Protocol;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions.Transport;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user with two-factor sign-in adds a passkey on the settings page, signs out and signs
 * back in with the passkey alone: no email, no password, no authenticator code, straight
 * to the page they asked for. Chromium's virtual authenticator stands in for the device:
 * a platform authenticator that keeps discoverable (resident) credentials and verifies
 * its user, as a phone or laptop with a fingerprint reader does. The WebAuthn ceremony,
 * the signatures and the checks on the server are the real ones.
 */
@BrowserTest
class PasskeyJourneyTests {

	@Autowired
	Clock clock;

	@Autowired
	AccountService accounts;

	@Autowired
	PasskeyService passkeys;

	@Test
	void addsAPasskeyInSettingsAndSignsInWithItInsteadOfPasswordAndCode(Rapport rapport, Browser browser) {
		VirtualAuthenticator authenticator = browser.driver()
			.addVirtualAuthenticator(new VirtualAuthenticatorOptions().setProtocol(Protocol.CTAP2)
				.setTransport(Transport.INTERNAL)
				.setHasResidentKey(true)
				.setHasUserVerification(true)
				.setIsUserVerified(true)
				.setIsUserConsenting(true));
		try {
			String email = rapport.signUpSomeone();
			turnOnTwoFactorSignIn(browser);

			browser.open("/settings/passkeys");
			assertThat(browser.text()).contains("You have no passkeys yet.");
			browser.fill("passkey-label", "Work laptop").press("Add a passkey");
			assertThat(browser.path()).isEqualTo("/settings/passkeys?added");
			assertThat(browser.text()).contains("Passkey added.");
			assertThat(browser.text(By.id("passkeys"))).contains("Work laptop", "Not yet");
			assertThat(authenticator.getCredentials()).as("kept on the device, found without an email")
				.singleElement()
				.satisfies(credential -> assertThat(credential.isResidentCredential()).isTrue());

			rapport.signOut();
			browser.open("/contacts");
			assertThat(browser.path()).isEqualTo("/login");
			String sessionBefore = browser.driver().manage().getCookieNamed("SESSION").getValue();
			browser.press("Sign in with a passkey");
			assertThat(browser.heading()).as("the page asked for, with no code asked although two-factor is on")
				.isEqualTo("Contacts");
			assertThat(browser.driver().manage().getCookieNamed("SESSION").getValue()).as("a new session id")
				.isNotEqualTo(sessionBefore);

			browser.open("/settings/passkeys");
			assertThat(browser.text(By.id("passkeys"))).as("last used is now a time").doesNotContain("Not yet");

			// Deleted on the server (say, from another browser): the device's passkey no
			// longer signs in.
			long userId = this.accounts.loadUserByUsername(email).id();
			this.passkeys.delete(userId, this.passkeys.passkeysOf(userId).get(0).id());
			rapport.signOut();
			WebElement problem = browser.driver().findElement(By.id("passkey-problem"));
			browser.driver().findElement(By.id("passkey-button")).click();
			new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(driver -> problem.isDisplayed());
			assertThat(problem.getText()).contains("That passkey did not sign you in.");
			assertThat(browser.path()).isEqualTo("/login?logout");
		}
		finally {
			browser.driver().removeVirtualAuthenticator(authenticator);
		}
	}

	private void turnOnTwoFactorSignIn(Browser browser) {
		browser.open("/settings/two-factor");
		byte[] secret = Base32.decode(browser.text(By.id("secret")));
		browser.fill("enable-code", Totp.code(secret, Totp.stepOf(this.clock.instant())))
			.press("Turn on two-factor sign-in");
		assertThat(browser.text()).contains("Two-factor sign-in is on.");
	}

}
