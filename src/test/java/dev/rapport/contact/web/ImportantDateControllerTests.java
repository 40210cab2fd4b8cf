package dev.rapport.contact.web;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.contact.DateKind;
import dev.rapport.contact.ImportantDateService;
import dev.rapport.contact.ImportantDateView;
import dev.rapport.support.TestFixtures;
import dev.rapport.support.WebIntegrationTest;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static dev.rapport.support.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The important dates on a contact's page, at the test clock's Wednesday 18 November
 * 2026.
 */
@WebIntegrationTest
class ImportantDateControllerTests {

	@Autowired
	TestFixtures fixtures;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ImportantDateService dates;

	AccountPrincipal owner;

	long ana;

	@BeforeEach
	void signUp() {
		this.owner = this.fixtures.signUp("Owner");
		this.ana = this.fixtures.contact(this.owner, "Ana", "Lima");
	}

	@Test
	void addsADateAndShowsWhenItComesRound() {
		assertThat(this.mvc.post()
			.uri("/contacts/{id}/dates", this.ana)
			.with(as(this.owner))
			.with(csrf())
			.param("kind", "BIRTHDAY")
			.param("date", "1986-12-03")
			.param("label", "")).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/contacts/" + this.ana);

		assertThat(this.mvc.get().uri("/contacts/{id}", this.ana).with(as(this.owner))).hasStatusOk()
			.bodyText()
			.contains("Important dates", "3 December 1986", "Next: Thursday 3 December 2026", "turns 40",
					"reminder 7 days before");
	}

	@Test
	void showsFieldMessagesAndSavesNothingForABadDate() {
		assertThat(this.mvc.post()
			.uri("/contacts/{id}/dates", this.ana)
			.with(as(this.owner))
			.with(csrf())
			.param("kind", "OTHER")
			.param("date", "--02-30")
			.param("remindDaysBefore", "3")).hasStatusOk()
			.bodyText()
			.contains("Enter a real day as 1990-04-02, or --04-02 without the year");
		assertThat(this.mvc.post()
			.uri("/contacts/{id}/dates", this.ana)
			.with(as(this.owner))
			.with(csrf())
			.param("kind", "OTHER")
			.param("date", "--05-01")).hasStatusOk().bodyText().contains("Give this date a label");
		assertThat(this.dates.ofContact(this.owner.id(), this.ana)).isEmpty();
	}

	@Test
	void theContactFormTakesABirthdayWithoutAYear() {
		assertThat(this.mvc.post()
			.uri("/contacts/{id}", this.ana)
			.with(as(this.owner))
			.with(csrf())
			.param("firstName", "Ana")
			.param("birthday", "--04-02")
			.param("version", "0")).hasStatus(HttpStatus.FOUND);

		assertThat(this.dates.ofContact(this.owner.id(), this.ana))
			.extracting(ImportantDateView::kind, date -> date.date().toString())
			.containsExactly(Tuple.tuple(DateKind.BIRTHDAY, "--04-02"));
		assertThat(this.mvc.get().uri("/contacts/{id}/edit", this.ana).with(as(this.owner))).hasStatusOk()
			.bodyText()
			.contains("--04-02");
	}

	@Test
	void anotherUsersContactDatesAreNotFound() {
		AccountPrincipal stranger = this.fixtures.signUp("Stranger");
		assertThat(this.mvc.get().uri("/contacts/{id}/dates/new", this.ana).with(as(stranger)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post()
			.uri("/contacts/{id}/dates", this.ana)
			.with(as(stranger))
			.with(csrf())
			.param("kind", "BIRTHDAY")
			.param("date", "--05-01")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.dates.ofContact(this.owner.id(), this.ana)).isEmpty();
	}

}
