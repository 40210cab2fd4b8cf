package dev.rapport.e2e;

import java.util.Set;
import java.time.LocalDate;
import java.util.List;

import dev.rapport.account.AccountService;
import dev.rapport.contact.ContactCommand;
import dev.rapport.contact.ContactService;
import dev.rapport.interaction.Direction;
import dev.rapport.interaction.InteractionCommand;
import dev.rapport.interaction.InteractionKind;
import dev.rapport.interaction.InteractionService;
import dev.rapport.support.TestClock;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The depth features as a person uses them: choosing a rhythm and checking it against the
 * time they have, breaking bread, giving first, life events and small gatherings. The
 * test clock stands at Wednesday 18 November 2026; each journey's last page is saved as a
 * screenshot.
 */
@BrowserTest
class DepthJourneyTests {

	static final LocalDate TODAY = TestClock.TODAY;

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
		this.contacts.create(owner, new ContactCommand("Wes", "Weekly", null, null, null, null, null, null, null, null,
				null, null, false, Set.of(), null, 7, null, null));

		browser.open("/this-week");
		assertThat(browser.text()).contains("Rita Rhythm", "You wanted to be in touch monthly; it's been 7 weeks.");

		browser.follow("Rhythm");
		assertThat(browser.heading()).isEqualTo("Rhythm check");
		assertThat(browser.text(By.id("rhythm-summary"))).contains(
				"Your 2 chosen rhythms add up to 5.4 touches a month; over the last 90 days you managed 0.3 a month.")
			.contains("You are promising more than you have time for.");
		assertThat(browser.text(By.id("loosen"))).contains("Wes Weekly: every week \u2192 every 2 weeks");

		browser.press(By.xpath("//li[.//a[normalize-space()='Wes Weekly']]"), "Loosen");
		assertThat(browser.text()).contains("Rhythm loosened.");
		assertThat(browser.text(By.id("rhythm-summary"))).contains("add up to 3.2 touches a month");
		assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
	}

	@Test
	void afterAMessageOffersToPlanAMealAndTheContactPageSaysWhenWeLastBrokeBread(Rapport rapport, Browser browser) {
		long owner = this.accounts.loadUserByUsername(rapport.signUpSomeone()).id();
		long nora = this.contacts.create(owner, new ContactCommand("Nora", "Bread", null, null, null, null, null, null,
				null, null, null, null, false, Set.of(), null));
		log(owner, nora, TODAY.minusDays(42), InteractionKind.COFFEE);
		browser.open("/");

		// The people picker: type the start of the name, Enter takes the highlighted
		// match.
		WebElement who = browser.driver().findElement(By.id("quick-people"));
		who.sendKeys("Nor");
		WebElement picker = who.findElement(By.xpath("ancestor::*[@data-people-picker][1]"));
		browser.waitFor(driver -> picker.findElements(By.cssSelector("[role=option][aria-selected=true]"))
			.stream()
			.anyMatch(option -> option.getText().equals("Nora Bread")) ? Boolean.TRUE : null);
		who.sendKeys(Keys.ENTER);
		browser.waitFor(driver -> picker.findElement(By.cssSelector(".picker-chips")).getText().contains("Nora Bread")
				? Boolean.TRUE : null);
		browser.driver().findElement(By.cssSelector("label[for='kind-MESSAGE']")).click();
		browser.driver()
			.findElement(By.xpath("//form[@id='quick-log-form']//button[normalize-space()='Log it']"))
			.click();
		browser.waitFor(driver -> driver.findElement(By.id("quick-log")).getText().contains("Plan one with Nora Bread?")
				? Boolean.TRUE : null);
		assertThat(browser.text(By.id("conversations"))).contains("0 in person, 0 calls or video");

		browser.follow("Plan a meal");
		assertThat(browser.value("date")).isEqualTo("2026-11-25");
		browser.press("Save");
		assertThat(browser.text()).contains("Planned", "Meal");

		browser.open("/contacts/" + nora);
		assertThat(browser.text(By.id("last-broke-bread")))
			.isEqualTo("Last broke bread: a coffee on 7 October 2026, 6 weeks ago.");
		assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
	}

	@Test
	void givesFirstByMakingASuggestedIntroductionInOneClick(Rapport rapport, Browser browser) {
		rapport.signUpSomeone();
		browser.open("/contacts/new")
			.fill("firstName", "Ana")
			.fill("lastName", "Helper")
			.fill("canHelpWith", "climbing routes around Lisbon")
			.press("Save");
		browser.open("/contacts/new")
			.fill("firstName", "Ben")
			.fill("lastName", "Seeker")
			.fill("lookingFor", "a climbing partner")
			.press("Save");
		assertThat(browser.text()).contains("Looking for", "a climbing partner");

		browser.follow("Give & take");
		assertThat(browser.text(By.id("introductions"))).contains("Ana Helper", "Ben Seeker",
				"Ana Helper can help with \u201cclimbing routes around Lisbon\u201d; Ben Seeker is looking for \u201ca climbing partner\u201d (both mention \u201cclimbing\u201d).");
		browser.press("I introduced them");
		assertThat(browser.text())
			.contains("Introduction logged. A follow-up to ask how it went is due on 2 December.");
		assertThat(browser.text(By.id("ledger"))).contains("Ana Helper", "Ben Seeker");

		browser.open("/follow-ups");
		assertThat(browser.text()).contains("Ask Ben Seeker how the introduction to Ana Helper went");
		assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
	}

	@Test
	void logsALifeEventAndSeesItOnTheTimelineWithItsCheckIn(Rapport rapport, Browser browser) {
		rapport.signUpSomeone();
		String ana = rapport.addContact("Ana", "Events");

		browser.follow("Log a life event");
		browser.choose("kind", "New job")
			.fillDate("date", LocalDate.of(2026, 11, 10))
			.fill("note", "Joined Kestrel Labs")
			.press("Save");

		assertThat(browser.path()).isEqualTo(ana);
		assertThat(browser.text()).contains("Life event saved, with a follow-up to check in on 8 December 2026.");
		assertThat(browser.text(By.id("timeline"))).contains("Life event: New job", "Joined Kestrel Labs");
		assertThat(browser.text(By.id("life-events"))).contains("New job");
		assertThat(browser.text()).contains("Ask Ana Events: how's the new job?");
		assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
	}

	@Test
	void hostsASuggestedGatheringAndLogsItAsAMealWithEveryone(Rapport rapport, Browser browser) {
		long owner = this.accounts.loadUserByUsername(rapport.signUpSomeone()).id();
		for (String name : new String[] { "Ana", "Ben", "Cleo" }) {
			long id = this.contacts.create(owner, new ContactCommand(name, "Climber", null, null, null, null, null,
					null, null, null, null, null, false, Set.of("climbing"), null));
			for (int i = 0; i < 12; i++) {
				log(owner, id, TODAY.minusDays(90 + 30L * i), InteractionKind.CALL);
			}
		}

		browser.open("/");
		assertThat(browser.text(By.id("gathering"))).contains("Ana Climber", "Ben Climber", "Cleo Climber",
				"all tagged \u201cclimbing\u201d, and all due for contact.");
		browser.press(By.id("gathering"), "We had a meal together");

		assertThat(browser.text()).contains("Meal logged with everyone: each of them is credited.");
		assertThat(browser.text(By.id("recent"))).contains("Meal", "Ana Climber", "Ben Climber", "Cleo Climber");
		assertThat(browser.driver().findElements(By.id("gathering"))).isEmpty();
		assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
	}

	private void log(long owner, long contact, LocalDate date, InteractionKind kind) {
		this.interactions.log(owner,
				new InteractionCommand(date, kind, Direction.MUTUAL, List.of(contact), null, null, null), TODAY);
	}

}
