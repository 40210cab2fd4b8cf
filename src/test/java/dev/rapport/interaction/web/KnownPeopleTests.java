package dev.rapport.interaction.web;

import java.time.LocalDate;
import java.util.Arrays;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;
import dev.rapport.contact.ContactService;
import dev.rapport.support.ContactMother;
import dev.rapport.support.TestClock;
import dev.rapport.support.TestUsers;
import dev.rapport.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static dev.rapport.support.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * "I know these people" asks when you last met as people remember it; each answer is
 * logged on a documented day, and unreadable answers log nothing.
 */
@WebIntegrationTest
class KnownPeopleTests {

	/** The test profile's today. */
	static final LocalDate TODAY = TestClock.TODAY;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	@Test
	void eachAnswerStandsForADay() {
		assertThat(LastMet.THIS_MONTH.dayFor(TODAY)).isEqualTo(LocalDate.of(2026, 11, 9));
		assertThat(LastMet.THIS_YEAR.dayFor(TODAY)).isEqualTo(LocalDate.of(2026, 6, 2));
		assertThat(LastMet.LONGER_AGO.dayFor(TODAY)).isEqualTo(LocalDate.of(2025, 7, 1));
		assertThat(LastMet.DONT_REMEMBER.dayFor(TODAY)).isEqualTo(LocalDate.of(2024, 1, 1));
		LocalDate newYear = LocalDate.of(2027, 1, 1);
		assertThat(LastMet.THIS_MONTH.dayFor(newYear)).isEqualTo(newYear);
		assertThat(LastMet.THIS_YEAR.dayFor(newYear)).isEqualTo(newYear);
		for (LastMet answer : LastMet.values()) {
			assertThat(answer.dayFor(TODAY)).as(answer.name()).isBeforeOrEqualTo(TODAY);
		}
	}

	@Test
	void everyAnswerLogsOnItsDayAndTheRestNothing() {
		AccountPrincipal owner = TestUsers.signUp(this.accounts, "Owner");
		long ana = this.contacts.create(owner.id(), ContactMother.named("Ana", "Month"));
		long bo = this.contacts.create(owner.id(), ContactMother.named("Bo", "Year"));
		long cy = this.contacts.create(owner.id(), ContactMother.named("Cy", "Longer"));
		long di = this.contacts.create(owner.id(), ContactMother.named("Di", "Forgot"));
		long ed = this.contacts.create(owner.id(), ContactMother.named("Ed", "Unanswered"));
		long fay = this.contacts.create(owner.id(), ContactMother.named("Fay", "Nonsense"));

		assertThat(this.mvc.post()
			.uri("/interactions/bulk")
			.param("contactId", ids(ana, bo, cy, di, ed, fay))
			.param("lastMet-" + ana, "THIS_MONTH")
			.param("lastMet-" + bo, "THIS_YEAR")
			.param("lastMet-" + cy, "LONGER_AGO")
			.param("lastMet-" + di, "DONT_REMEMBER")
			.param("lastMet-" + fay, "2026-10-01")
			.param("kind", "COFFEE", "MEAL", "CALL", "COFFEE", "COFFEE", "COFFEE")
			.param("direction", "MUTUAL", "ME", "THEM", "MUTUAL", "MUTUAL", "MUTUAL")
			.with(as(owner))
			.with(csrf())).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/contacts?imported=true")
			.flash()
			.containsEntry("flashKey", "bulk.logged");

		assertThat(this.contacts.get(owner.id(), ana).lastInteractionOn()).isEqualTo(LocalDate.of(2026, 11, 9));
		assertThat(this.contacts.get(owner.id(), bo).lastInteractionOn()).isEqualTo(LocalDate.of(2026, 6, 2));
		assertThat(this.contacts.get(owner.id(), cy).lastInteractionOn()).isEqualTo(LocalDate.of(2025, 7, 1));
		assertThat(this.contacts.get(owner.id(), di).lastInteractionOn()).isEqualTo(LocalDate.of(2024, 1, 1));
		assertThat(this.contacts.get(owner.id(), ed).lastInteractionOn()).isNull();
		assertThat(this.contacts.get(owner.id(), fay).lastInteractionOn()).isNull();
	}

	@Test
	void anAnswerIsKeptWhenThePageComesBackWithAProblem() {
		AccountPrincipal owner = TestUsers.signUp(this.accounts, "Owner");
		long ana = this.contacts.create(owner.id(), ContactMother.named("Ana", "Month"));
		// Nobody answered: the page asks again, nothing is logged.
		assertThat(this.mvc.post()
			.uri("/interactions/bulk")
			.param("contactId", String.valueOf(ana))
			.param("kind", "COFFEE")
			.param("direction", "MUTUAL")
			.with(as(owner))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("Say when you last met at least one person.", "When did you last meet Ana Month?")
			.doesNotContain("checked");
	}

	private static String[] ids(long... ids) {
		return Arrays.stream(ids).mapToObj(String::valueOf).toArray(String[]::new);
	}

}
