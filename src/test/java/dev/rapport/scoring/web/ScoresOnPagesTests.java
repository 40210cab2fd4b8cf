package dev.rapport.scoring.web;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;
import dev.rapport.contact.ContactCommand;
import dev.rapport.contact.ContactService;
import dev.rapport.interaction.Direction;
import dev.rapport.interaction.InteractionCommand;
import dev.rapport.interaction.InteractionKind;
import dev.rapport.interaction.InteractionService;
import dev.rapport.support.ContactMother;
import dev.rapport.support.TestClock;
import dev.rapport.support.TestUsers;
import dev.rapport.support.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static dev.rapport.support.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Scores where the user looks: the contact page's score section and the contact list, at
 * the test profile's fixed today (18 November 2026).
 */
@WebIntegrationTest
class ScoresOnPagesTests {

	static final LocalDate TODAY = TestClock.TODAY;

	private static final Pattern SCORE = Pattern.compile("class=\"score-figure\"[^>]*>(\\d+)<");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	@Autowired
	InteractionService interactions;

	AccountPrincipal owner;

	@BeforeEach
	void signUp() {
		this.owner = TestUsers.signUp(this.accounts, "Viewer");
	}

	@Test
	void contactPageShowsScoreTierSentenceGiveAndTakeAndAnAccessibleChartFirst() {
		long ana = this.contacts.create(id(), ContactMother.named("Ana", "Lima"));
		log(TODAY.minusDays(3), InteractionKind.MEAL, Direction.MUTUAL, ana);
		log(TODAY.minusDays(40), InteractionKind.CALL, Direction.ME, ana);
		log(TODAY.minusDays(200), InteractionKind.COFFEE, Direction.THEM, ana);

		String page = page(ana);

		assertThat(page).contains("A meal 3 days ago, 2 contacts in the last 3 months (all in person or on a call)",
				"you started 1, they started 1", "<svg", "role=\"img\"",
				"<title id=\"score-chart-title\">Depth score over the last 12 months</title>",
				"<desc id=\"score-chart-desc\">", "class=\"score-line\"", "tier-ACTIVE");
		assertThat(page.indexOf("id=\"score\"")).isLessThan(page.indexOf("id=\"timeline\""));
		assertThat(page).doesNotContain("style=");
		assertThat(scoreOn(page)).isBetween(1, 100);
	}

	@Test
	void contactWithoutInteractionsShowsNoHistoryYetNeverZero() {
		long imported = this.contacts.create(id(), ContactMother.named("Linked", "Connection"));

		String page = page(imported);

		assertThat(page).contains("no history yet").doesNotContain("score-figure", "<svg");
	}

	@Test
	void everyChangeIsReflectedOnTheNextPageView() {
		long ana = this.contacts.create(id(), ContactMother.named("Ana", "Change"));
		long bob = this.contacts.create(id(), ContactMother.named("Bob", "Change"));

		// Logged through the web form, like a user would.
		assertThat(this.mvc.post()
			.uri("/interactions")
			.with(as(this.owner))
			.with(csrf())
			.param("date", TODAY.minusDays(7).toString())
			.param("kind", "COFFEE")
			.param("direction", "MUTUAL")
			.param("participantIds", String.valueOf(ana))).hasStatus(HttpStatus.FOUND);
		int logged = scoreOn(page(ana));

		// Known for years: full tenure instead of a week's.
		knownSince(ana, TODAY.minusYears(3));
		int knownLonger = scoreOn(page(ana));
		assertThat(knownLonger).isGreaterThan(logged);

		long call = log(TODAY.minusDays(1), InteractionKind.CALL, Direction.MUTUAL, ana);
		int anotherLogged = scoreOn(page(ana));
		assertThat(anotherLogged).isGreaterThan(knownLonger);

		edit(call, TODAY.minusDays(300), InteractionKind.CALL, ana);
		int backDated = scoreOn(page(ana));
		assertThat(backDated).isLessThan(anotherLogged);

		edit(call, TODAY.minusDays(1), InteractionKind.MEAL, ana);
		int edited = scoreOn(page(ana));
		assertThat(edited).isGreaterThan(anotherLogged);

		assertThat(page(bob)).contains("no history yet");
		edit(call, TODAY.minusDays(1), InteractionKind.MEAL, ana, bob);
		assertThat(page(bob)).contains("score-figure");
		edit(call, TODAY.minusDays(1), InteractionKind.MEAL, ana);
		assertThat(page(bob)).contains("no history yet");

		this.interactions.delete(id(), call, TODAY);
		assertThat(scoreOn(page(ana))).isEqualTo(knownLonger);
	}

	@Test
	void listShowsTierAndScoreSortsByDepthAndFiltersByTier() {
		long none = this.contacts.create(id(), ContactMother.named("Aaron", "Nohistory"));
		long once = this.contacts.create(id(), ContactMother.named("Bea", "Once"));
		long monthly = this.contacts.create(id(), ContactMother.named("Cid", "Monthly"));
		long weekly = this.contacts.create(id(), ContactMother.named("Dee", "Weekly"));
		// Weekly meals for 60 weeks: inner circle; fortnightly calls for 30 weeks: close.
		for (int week = 0; week < 60; week++) {
			log(TODAY.minusWeeks(week), InteractionKind.MEAL, Direction.MUTUAL, weekly);
		}
		for (int fortnight = 0; fortnight < 15; fortnight++) {
			log(TODAY.minusWeeks(2L * fortnight), InteractionKind.CALL, Direction.MUTUAL, monthly);
		}
		log(TODAY.minusDays(7), InteractionKind.COFFEE, Direction.MUTUAL, once);

		String byDepth = list("/contacts?sort=DEPTH");
		assertThat(byDepth).contains("Inner circle", "Close", "Acquaintance", "no history yet");
		assertThat(positions(byDepth, "Dee Weekly", "Cid Monthly", "Bea Once", "Aaron Nohistory")).isSorted();

		String byName = list("/contacts");
		assertThat(positions(byName, "Aaron Nohistory", "Bea Once", "Cid Monthly", "Dee Weekly")).isSorted();
		assertThat(byName).contains("no history yet", "Inner circle");

		assertThat(list("/contacts?tier=CLOSE")).contains("Cid Monthly")
			.doesNotContain("Dee Weekly", "Bea Once", "Aaron Nohistory");
		assertThat(list("/contacts?tier=NO_HISTORY&sort=DEPTH")).contains("Aaron Nohistory")
			.doesNotContain("Dee Weekly", "Bea Once", "Cid Monthly");
		assertThat(list("/contacts?tier=CLOSE&q=dee")).contains("No contacts").doesNotContain("Cid Monthly");
		assertThat(none).isPositive();
	}

	private String list(String uri) {
		return body(uri);
	}

	private String page(long contactId) {
		return body("/contacts/" + contactId);
	}

	private String body(String uri) {
		var result = this.mvc.get().uri(uri).with(as(this.owner)).exchange();
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int scoreOn(String page) {
		Matcher matcher = SCORE.matcher(page);
		assertThat(matcher.find()).as("a score on the page").isTrue();
		return Integer.parseInt(matcher.group(1));
	}

	private static List<Integer> positions(String page, String... names) {
		return Arrays.stream(names).map(name -> {
			assertThat(page).contains(name);
			return page.indexOf(name);
		}).toList();
	}

	private long log(LocalDate date, InteractionKind kind, Direction direction, long... participants) {
		return this.interactions.log(id(), new InteractionCommand(date, kind, direction,
				Arrays.stream(participants).boxed().toList(), null, null, null), TODAY);
	}

	private void edit(long interaction, LocalDate date, InteractionKind kind, long... participants) {
		long version = this.interactions.get(id(), interaction, TODAY).version();
		this.interactions.update(id(), interaction, new InteractionCommand(date, kind, Direction.MUTUAL,
				Arrays.stream(participants).boxed().toList(), null, null, version), TODAY);
	}

	private void knownSince(long contactId, LocalDate knownSince) {
		ContactCommand form = this.contacts.get(id(), contactId).toForm().toCommand();
		this.contacts.update(id(), contactId,
				new ContactCommand(form.firstName(), form.lastName(), form.email(), form.phone(), form.company(),
						form.position(), form.location(), form.linkedinUrl(), form.howWeMet(), form.notes(),
						form.birthday(), knownSince, form.noSuggest(), form.tags(), form.version()));
	}

	private long id() {
		return this.owner.id();
	}

}
