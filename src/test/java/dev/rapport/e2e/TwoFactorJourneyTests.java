package dev.rapport.e2e;

import java.time.Clock;

import dev.rapport.account.twofactor.Base32;
import dev.rapport.account.twofactor.Totp;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user turns on two-factor sign-in by typing the key shown on the settings page into an
 * "authenticator" (here: the test computing RFC 6238 codes from that key), signs out, and
 * signs back in with password and code; a recovery code works once.
 */
@BrowserTest
class TwoFactorJourneyTests {

	@Autowired
	Clock clock;

	@Test
	void turnsOnTwoFactorSignInAndSignsBackInWithACode(Rapport rapport, Browser browser) {
		String email = rapport.signUpSomeone();
		browser.open("/settings/two-factor");
		assertThat(browser.text()).contains("Two-factor sign-in is off");
		assertThat(browser.driver().findElement(By.id("qr-code")).getDomProperty("naturalWidth"))
			.as("the QR code image loads")
			.isNotEqualTo("0");
		byte[] secret = Base32.decode(browser.text(By.id("secret")));
		long step = Totp.stepOf(this.clock.instant());

		browser.fill("enable-code", Totp.code(secret, step)).press("Turn on two-factor sign-in");
		assertThat(browser.text()).contains("Two-factor sign-in is on.");
		String recoveryCodes = browser.text(By.id("recovery-codes"));
		String firstRecoveryCode = recoveryCodes.lines()
			.filter(line -> line.matches("[a-z0-9]{5}-[a-z0-9]{5}"))
			.findFirst()
			.orElseThrow();

		rapport.signOut();
		rapport.signIn(email, Rapport.PASSWORD, false);
		assertThat(browser.path()).isEqualTo("/login/code");
		browser.open("/contacts");
		assertThat(browser.path()).as("a right password alone does not sign in").isEqualTo("/login");

		rapport.signIn(email, Rapport.PASSWORD, false);
		browser.fill("code", "000000").press("Sign in");
		assertThat(browser.text()).contains("That code is not right");
		// The code of the set-up step was used; the app's next code is accepted (clocks
		// may be 30 s apart).
		browser.fill("code", Totp.code(secret, step + 1)).press("Sign in");
		assertThat(browser.heading()).as("back to the page asked for").isEqualTo("Contacts");

		rapport.signOut();
		rapport.signIn(email, Rapport.PASSWORD, false);
		browser.fill("code", firstRecoveryCode).press("Sign in");
		assertThat(browser.heading()).as("a recovery code signs in").isEqualTo("Hello, Sam Tester");

		rapport.signOut();
		rapport.signIn(email, Rapport.PASSWORD, false);
		browser.fill("code", firstRecoveryCode).press("Sign in");
		assertThat(browser.text()).as("but only once").contains("That code is not right");
	}

}
