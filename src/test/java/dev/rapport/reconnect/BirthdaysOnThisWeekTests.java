package dev.rapport.reconnect;

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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A birthday this week puts the person on This week's list with a gentle reason, within
 * its cap. The test clock's today is Wednesday 18 November 2026.
 */
@WebIntegrationTest
class BirthdaysOnThisWeekTests {

	static final LocalDate TODAY = TestClock.TODAY;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	@Autowired
	ImportantDateService dates;

	@Autowired
	ReconnectService reconnect;

	@Test
	void aBirthdayFromTodayToSundayIsAGentleReason() {
		AccountPrincipal owner = TestUsers.signUp(this.accounts, "Owner");
		long ana = birthday(owner, "Ana", "--11-19");
		birthday(owner, "Bea", "1990-11-18");
		birthday(owner, "Cai", "--11-24");
		long dan = birthday(owner, "Dan", "--11-21");
		this.contacts.stopSuggesting(owner.id(), dan);

		WeekList week = this.reconnect.thisWeek(owner.id(), TODAY);

		assertThat(week.suggestions()).extracting(SuggestionView::reason)
			.containsExactly("Bea Lima's birthday is today.", "Ana Lima's birthday is on Thursday.");
		assertThat(week.suggestions()).extracting(suggestion -> suggestion.contact().id()).contains(ana);
	}

	@Test
	void birthdaysNeverPushTheListPastItsCap() {
		AccountPrincipal owner = TestUsers.signUp(this.accounts, "Owner");
		for (int i = 0; i < 9; i++) {
			birthday(owner, "Person" + i, "--11-2" + (i % 3));
		}

		assertThat(this.reconnect.thisWeek(owner.id(), TODAY).suggestions()).hasSize(7);
	}

	private long birthday(AccountPrincipal owner, String name, String date) {
		long contact = this.contacts.create(owner.id(), ContactMother.named(name, "Lima"));
		this.dates.create(owner.id(), contact, new ImportantDateCommand(DateKind.BIRTHDAY, null, date, null, null),
				TODAY);
		return contact;
	}

}
