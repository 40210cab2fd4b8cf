package dev.rapport.e2e;

import java.time.LocalDate;
import java.util.List;

import dev.rapport.account.AccountService;
import dev.rapport.contact.ContactForm;
import dev.rapport.contact.ContactService;
import dev.rapport.interaction.Direction;
import dev.rapport.interaction.InteractionForm;
import dev.rapport.interaction.InteractionKind;
import dev.rapport.interaction.InteractionService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The depth features as a person uses them: choosing a rhythm and checking it against the time
 * they have. The test clock stands at Wednesday 18 November 2026; each journey's last page is
 * saved as a screenshot.
 */
@BrowserTest
class DepthJourneyTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 18);

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	@Autowired
	InteractionService interactions;

	@Test
	void choosesARhythmSeesItOnThisWeekAndLoosensItOnTheRhythmCheck(Rapport rapport, Browser browser) {
		long owner = this.accounts.loadUserByUsername(rapport.signUpSomeone()).id();
		browser.open("/contacts/new").fill("firstName", "Rita").fill("lastName", "Rhythm");
		browser.choose("rhythmDays", "Every month").press("Save");
		assertThat(browser.text()).contains("In touch (your intent)", "every month");
		long rita = Long.parseLong(browser.path().substring("/contacts/".length()));
		for (int i = 0; i < 6; i++) {
			log(owner, rita, TODAY.minusDays(49 + 90L * i), InteractionKind.CALL);
		}
		this.contacts.create(owner, new ContactForm("Wes", "Weekly", null, null, null, null, null, null, null, null,
				null, null, false, null, null, 7, null, null));

		browser.open("/this-week");
		assertThat(browser.text()).contains("Rita Rhythm", "You wanted to be in touch monthly; it's been 7 weeks.");

		browser.follow("Rhythm");
		assertThat(browser.heading()).isEqualTo("Rhythm check");
		assertThat(browser.text(By.id("rhythm-summary")))
			.contains("Your 2 chosen rhythms add up to 5.4 touches a month; over the last 90 days you managed 0.3 a month.")
			.contains("You are promising more than you have time for.");
		assertThat(browser.text(By.id("loosen"))).contains("Wes Weekly: every week \u2192 every 2 weeks");

		browser.press(By.xpath("//li[.//a[normalize-space()='Wes Weekly']]"), "Loosen");
		assertThat(browser.text()).contains("Rhythm loosened.");
		assertThat(browser.text(By.id("rhythm-summary"))).contains("add up to 3.2 touches a month");
		assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
	}

	private void log(long owner, long contact, LocalDate date, InteractionKind kind) {
		this.interactions.log(owner,
				new InteractionForm(date, kind, Direction.MUTUAL, List.of(contact), null, null, null), TODAY);
	}

}
