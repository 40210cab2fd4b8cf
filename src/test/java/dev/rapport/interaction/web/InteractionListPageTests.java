package dev.rapport.interaction.web;

import java.io.UnsupportedEncodingException;
import java.time.LocalDate;
import java.util.List;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;
import dev.rapport.contact.ContactService;
import dev.rapport.interaction.Direction;
import dev.rapport.interaction.InteractionForm;
import dev.rapport.interaction.InteractionKind;
import dev.rapport.interaction.InteractionService;
import dev.rapport.support.ContactMother;
import dev.rapport.support.TestClock;
import dev.rapport.support.TestUsers;
import dev.rapport.support.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static dev.rapport.support.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The interactions page: filters by person, kind and period, planned ones in their own
 * section, and paging that keeps the filters.
 */
@WebIntegrationTest
class InteractionListPageTests {

	/** The test profile's today. */
	static final LocalDate TODAY = TestClock.TODAY;

	@Autowired
	InteractionService interactions;

	@Autowired
	ContactService contacts;

	@Autowired
	AccountService accounts;

	@Autowired
	MockMvcTester mvc;

	AccountPrincipal owner;

	long ana;

	long ben;

	@BeforeEach
	void twoContactsAndAFewInteractions() {
		this.owner = TestUsers.signUp(this.accounts, "Owner");
		this.ana = this.contacts.create(this.owner.id(), ContactMother.named("Ana", "Lima"));
		this.ben = this.contacts.create(this.owner.id(), ContactMother.named("Ben", "Okafor"));
		log("2026-10-02", InteractionKind.COFFEE, "October coffee with Ana", this.ana);
		log("2026-11-10", InteractionKind.CALL, "November call with Ben", this.ben);
		log("2026-11-12", InteractionKind.MEAL, "Dinner with both", this.ana, this.ben);
		log("2026-12-01", InteractionKind.COFFEE, "Planned coffee with Ana", this.ana);
	}

	@Test
	void plannedInteractionsHaveTheirOwnSectionAboveWhatHappened() throws Exception {
		String page = body("/interactions");
		assertThat(section(page, "planned")).contains("Planned coffee with Ana").doesNotContain("Dinner with both");
		assertThat(section(page, "past"))
			.contains("Dinner with both", "November call with Ben", "October coffee with Ana")
			.doesNotContain("Planned coffee with Ana");
		assertThat(section(page, "past").indexOf("Dinner with both"))
			.isLessThan(section(page, "past").indexOf("October coffee with Ana"));
	}

	@Test
	void filtersByPersonKindAndPeriod() throws Exception {
		assertThat(section(body("/interactions?contactId=" + this.ben), "past"))
			.contains("November call with Ben", "Dinner with both", "2 interactions match")
			.doesNotContain("October coffee with Ana");
		assertThat(body("/interactions?kind=COFFEE"))
			.contains("October coffee with Ana", "Planned coffee with Ana", "One interaction matches")
			.doesNotContain("Dinner with both", "November call with Ben");
		assertThat(body("/interactions?from=2026-11-01&to=2026-11-11")).contains("November call with Ben")
			.doesNotContain("Dinner with both", "October coffee with Ana", "Planned coffee with Ana");
		assertThat(body("/interactions?contactId=" + this.ana + "&kind=MEAL")).contains("Dinner with both")
			.doesNotContain("November call with Ben", "coffee with Ana");
	}

	@Test
	void theFormShowsTheFiltersInUse() throws Exception {
		assertThat(body("/interactions?contactId=" + this.ana + "&kind=MEAL&from=2026-11-01")).contains(
				"<option value=\"" + this.ana + "\" selected=\"selected\">Ana Lima</option>",
				"<option value=\"MEAL\" selected=\"selected\">Meal</option>", "name=\"from\" value=\"2026-11-01\"",
				"href=\"/interactions\">Clear</a>");
	}

	@Test
	void valuesThatCannotBeReadAreSaidOnThePageAndFilterNothing() throws Exception {
		assertThat(body("/interactions?kind=PICNIC&from=someday")).contains("Pick a kind from the list.",
				"Enter a date like 2026-11-18.", "Dinner with both", "October coffee with Ana");
		assertThat(body("/interactions?from=2026-11-12&to=2026-11-01"))
			.contains("The end of the period comes before its start.", "Dinner with both")
			.doesNotContain("October coffee with Ana");
		assertThat(body("/interactions?contactId=ana")).contains("Pick someone from the list.", "Dinner with both");
	}

	@Test
	void anotherUsersContactMatchesNothingAndIsNotNamed() throws Exception {
		AccountPrincipal stranger = TestUsers.signUp(this.accounts, "Stranger");
		assertThat(this.mvc.get().uri("/interactions?contactId=" + this.ana).with(as(stranger))).hasStatusOk()
			.bodyText()
			.contains("Nothing matches these filters.")
			.doesNotContain("Ana Lima", "Dinner with both");
	}

	@Test
	void pagingKeepsTheFiltersAndAPagePastTheEndShowsTheLastOne() throws Exception {
		for (int day = 1; day <= InteractionController.PAGE_SIZE + 5; day++) {
			log(LocalDate.of(2026, 6, 1).plusDays(day).toString(), InteractionKind.MESSAGE, "Message " + day, this.ben);
		}
		String first = body("/interactions?contactId=" + this.ben + "&kind=MESSAGE");
		assertThat(first).contains("35 interactions match", "Page 1 of 2",
				"href=\"/interactions?contactId=" + this.ben + "&amp;kind=MESSAGE&amp;page=1\"");
		String last = body("/interactions?contactId=" + this.ben + "&kind=MESSAGE&page=99");
		assertThat(last).contains("Page 2 of 2", "Message 1<").doesNotContain("Message 35<", "Dinner with both");
	}

	private String body(String uri) throws UnsupportedEncodingException {
		return this.mvc.get().uri(uri).with(as(this.owner)).exchange().getResponse().getContentAsString();
	}

	/**
	 * The HTML of the element with this id up to the end of the page (enough to tell
	 * sections apart).
	 */
	private static String section(String page, String id) {
		int start = page.indexOf("id=\"" + id + "\"");
		assertThat(start).as("a section with id " + id).isNotNegative();
		int planned = page.indexOf("id=\"past\"");
		return ("planned".equals(id) && planned > start) ? page.substring(start, planned) : page.substring(start);
	}

	private void log(String date, InteractionKind kind, String summary, Long... people) {
		this.interactions.log(this.owner.id(), new InteractionForm(LocalDate.parse(date), kind, Direction.MUTUAL,
				List.of(people), summary, null, null), TODAY);
	}

}
