package dev.rapport.e2e;

import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import dev.rapport.account.AccountService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser's time zone, as a device set to Tokyo (then to Ushuaia, which the curated
 * list does not name) reports it: sign-up fills it in, and the profile, which keeps the
 * chosen zone, offers the device's new one in one click. Chromium's zone is set through
 * the DevTools protocol.
 */
@BrowserTest
class TimeZoneDetectionJourneyTests {

	@Autowired
	AccountService accounts;

	@Test
	void signUpFillsInTheDevicesZoneAndTheProfileOffersANewOne(Rapport rapport, Browser browser) {
		try {
			deviceZone(browser, "Asia/Tokyo");
			browser.open("/signup");
			assertThat(browser.value("timeZone")).isEqualTo("Asia/Tokyo");
			String email = "zone-" + UUID.randomUUID() + "@example.com";
			rapport.signUp("Tomo Zone", email, Rapport.PASSWORD);
			assertThat(this.accounts.loadUserByUsername(email).zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));

			deviceZone(browser, "America/Argentina/Ushuaia");
			browser.open("/settings/profile");
			assertThat(browser.value("timeZone")).as("the profile keeps the chosen zone").isEqualTo("Asia/Tokyo");
			WebElement useDevice = browser.driver().findElement(By.cssSelector("button[data-use-detected-zone]"));
			assertThat(useDevice.isDisplayed()).isTrue();
			assertThat(useDevice.getText()).endsWith("America/Argentina/Ushuaia");
			useDevice.click();
			assertThat(browser.value("timeZone")).isEqualTo("America/Argentina/Ushuaia");
			browser.press("Save profile");
			assertThat(this.accounts.loadUserByUsername(email).zone())
				.isEqualTo(ZoneId.of("America/Argentina/Ushuaia"));

			browser.open("/settings/profile");
			assertThat(browser.driver().findElement(By.cssSelector("button[data-use-detected-zone]")).isDisplayed())
				.as("nothing to offer once the device and the profile agree")
				.isFalse();
		}
		finally {
			deviceZone(browser, "");
		}
	}

	/**
	 * What {@code Intl.DateTimeFormat().resolvedOptions().timeZone} answers from now on;
	 * empty resets it.
	 */
	private static void deviceZone(Browser browser, String zone) {
		browser.driver().executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", zone));
	}

}
