package dev.rapport.interaction.web;

import java.io.UnsupportedEncodingException;
import java.time.LocalDate;
import java.util.List;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.interaction.Direction;
import dev.rapport.interaction.InteractionCommand;
import dev.rapport.interaction.InteractionFilter;
import dev.rapport.interaction.InteractionKind;
import dev.rapport.interaction.InteractionService;
import dev.rapport.support.TestClock;
import dev.rapport.support.TestFixtures;
import dev.rapport.support.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static dev.rapport.support.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
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
	TestFixtures fixtures;

	@Autowired
	InteractionService interactions;

	@Autowired
	MockMvcTester mvc;

	AccountPrincipal owner;

	long ana;

	long ben;

	@BeforeEach
	void twoContactsAndAFewInteractions() {
		this.owner = this.fixtures.signUp("Owner");
		this.ana = this.fixtures.contact(this.owner, "Ana", "Lima");
		this.ben = this.fixtures.contact(this.owner, "Ben", "Okafor");
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
			.contains("November call with Ben", "Dinner with both", "Matching, newest first")
			.doesNotContain("October coffee with Ana");
		assertThat(body("/interactions?kind=COFFEE"))
			.contains("October coffee with Ana", "Planned coffee with Ana", "Matching, newest first")
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
		AccountPrincipal stranger = this.fixtures.signUp("Stranger");
		assertThat(this.mvc.get().uri("/interactions?contactId=" + this.ana).with(as(stranger))).hasStatusOk()
			.bodyText()
			.contains("Nothing matches these filters.")
			.doesNotContain("Ana Lima", "Dinner with both");
	}

	@Test
	void olderAndNewerPageFromWhereAPageEndsAndKeepTheFilters() throws Exception {
		for (int day = 1; day <= InteractionController.PAGE_SIZE + 5; day++) {
			log(LocalDate.of(2026, 6, 1).plusDays(day).toString(), InteractionKind.MESSAGE, "Message " + day, this.ben);
		}
		// With a person (their own rows) and without one (the owner's, newest first).
		for (String filter : List.of("contactId=" + this.ben + "&kind=MESSAGE", "kind=MESSAGE")) {
			String first = body("/interactions?" + filter);
			assertThat(first).as(filter)
				.contains("Message 35<", "Message 6<")
				.doesNotContain("Message 5<", "Dinner with both", "rel=\"prev\"");
			String older = link(first, "next");
			assertThat(older).startsWith("/interactions?" + filter.replace("&", "&amp;") + "&amp;olderThan=");
			String second = body(older.replace("&amp;", "&"));
			assertThat(second).as(filter)
				.contains("Message 5<", "Message 1<")
				.doesNotContain("Message 6<", "rel=\"next\"");
			assertThat(body(link(second, "prev").replace("&amp;", "&"))).as(filter)
				.contains("Message 35<", "Message 6<")
				.doesNotContain("Message 5<");
		}
		// A position that is not one of the owner's interactions starts from the newest.
		assertThat(body("/interactions?kind=MESSAGE&olderThan=999999999&newerThan=x")).contains("Message 35<");
	}

	@Test
	void thePersonFilterListsOnlyWhoIsFilteredByAndWhoASearchFound() throws Exception {
		long cleo = this.fixtures.contact(this.owner, "Cleo", "Lind");
		String page = body("/interactions");
		assertThat(page).doesNotContain("Ana Lima</option>", "Ben Okafor</option>");
		assertThat(body("/interactions?contactId=" + this.ana)).contains("selected=\"selected\">Ana Lima</option>")
			.doesNotContain("Ben Okafor</option>");

		// Two found: both offered, nothing filtered yet.
		String two = body("/interactions?who=Li");
		assertThat(two).contains("Ana Lima</option>", "Cleo Lind</option>", "Pick one of the people found")
			.doesNotContain("Ben Okafor</option>");
		assertThat(section(two, "past")).contains("November call with Ben");
		// One found: filtered by them at once.
		String one = body("/interactions?who=okafor");
		assertThat(one).contains("selected=\"selected\">Ben Okafor</option>");
		assertThat(section(one, "past")).contains("November call with Ben").doesNotContain("October coffee with Ana");
		assertThat(body("/interactions?who=Zed")).contains("Nobody by that name");
		assertThat(cleo).isPositive();
	}

	@Test
	void theLogFormListsOnlyThePeoplePickedAndThoseFoundWithoutSaving() throws Exception {
		String form = body("/interactions/new?contactId=" + this.ana);
		assertThat(form).contains("id=\"participant-" + this.ana + "\"", "checked=\"checked\"")
			.doesNotContain("participant-" + this.ben);

		long before = this.interactions
			.searchPast(this.owner.id(), new InteractionFilter(null, null, null), TODAY, PageRequest.of(0, 1))
			.getTotalElements();
		String found = this.mvc.post()
			.uri("/interactions")
			.with(as(this.owner))
			.with(csrf())
			.param("find", "people")
			.param("q", "Okafor")
			.param("participantIds", String.valueOf(this.ana))
			.param("date", "2026-11-17")
			.param("kind", "MEAL")
			.param("direction", "MUTUAL")
			.param("summary", "Typed before searching")
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(found)
			.contains("id=\"participant-" + this.ana + "\"", "id=\"participant-" + this.ben + "\"",
					"value=\"Typed before searching\"", "value=\"Okafor\"")
			.doesNotContain("Pick at least one person");
		assertThat(this.interactions
			.searchPast(this.owner.id(), new InteractionFilter(null, null, null), TODAY, PageRequest.of(0, 1))
			.getTotalElements()).isEqualTo(before);
	}

	/** The href of the pager link with this rel. */
	private static String link(String page, String rel) {
		int at = page.indexOf("rel=\"" + rel + "\"");
		assertThat(at).as("a link with rel " + rel).isNotNegative();
		int start = page.lastIndexOf("href=\"", at) + 6;
		return page.substring(start, page.indexOf('"', start));
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
		this.interactions.log(this.owner.id(), new InteractionCommand(LocalDate.parse(date), kind, Direction.MUTUAL,
				List.of(people), summary, null, null), TODAY);
	}

}
