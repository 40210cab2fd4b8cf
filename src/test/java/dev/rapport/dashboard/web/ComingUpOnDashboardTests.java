package dev.rapport.dashboard.web;

import java.time.LocalDate;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;
import dev.rapport.contact.ContactService;
import dev.rapport.contact.DateKind;
import dev.rapport.contact.ImportantDateCommand;
import dev.rapport.contact.ImportantDateService;
import dev.rapport.support.ContactMother;
import dev.rapport.support.TestClock;
import dev.rapport.support.TestUsers;
import dev.rapport.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static dev.rapport.support.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Coming up in the next 14 days" on the dashboard, on the test clock's Wednesday 18
 * November 2026.
 */
@WebIntegrationTest
class ComingUpOnDashboardTests {

	static final LocalDate TODAY = TestClock.TODAY;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	@Autowired
	ImportantDateService dates;

	@Test
	void listsTheDatesOfTheNextTwoWeeksSoonestFirst() {
		AccountPrincipal owner = TestUsers.signUp(this.accounts, "Owner");
		long ana = this.contacts.create(owner.id(), ContactMother.named("Ana", "Lima"));
		long ben = this.contacts.create(owner.id(), ContactMother.named("Ben", "Okafor"));
		long carla = this.contacts.create(owner.id(), ContactMother.named("Carla", "Reis"));
		this.dates.create(owner.id(), ana, new ImportantDateCommand(DateKind.BIRTHDAY, null, "1986-12-01", null, null),
				TODAY);
		this.dates.create(owner.id(), ben,
				new ImportantDateCommand(DateKind.ANNIVERSARY, "Wedding", "--11-19", null, null), TODAY);
		this.dates.create(owner.id(), carla, new ImportantDateCommand(DateKind.BIRTHDAY, null, "--12-02", null, null),
				TODAY);

		assertThat(this.dates.upcoming(owner.id(), TODAY, ImportantDateService.COMING_UP_DAYS))
			.extracting(upcoming -> upcoming.contactName() + " " + upcoming.on() + " " + upcoming.years())
			.containsExactly("Ben Okafor 2026-11-19 null", "Ana Lima 2026-12-01 40");
		assertThat(this.mvc.get().uri("/").with(as(owner))).hasStatusOk()
			.bodyText()
			.contains("Coming up in the next 14 days", "Ben Okafor", "Wedding", "tomorrow", "Ana Lima", "turns 40",
					"in 13 days")
			.doesNotContain("Carla Reis");
	}

	@Test
	void archivedPeoplesDatesStayQuiet() {
		AccountPrincipal owner = TestUsers.signUp(this.accounts, "Owner");
		long ana = this.contacts.create(owner.id(), ContactMother.named("Ana", "Lima"));
		this.dates.create(owner.id(), ana, new ImportantDateCommand(DateKind.BIRTHDAY, null, "--11-20", null, null),
				TODAY);
		this.contacts.archive(owner.id(), ana);

		assertThat(this.dates.upcoming(owner.id(), TODAY, 14)).isEmpty();
	}

}
