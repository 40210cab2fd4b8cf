package dev.rapport.contact.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;
import dev.rapport.contact.ContactCommand;
import dev.rapport.contact.ContactService;
import dev.rapport.contact.KnownFor;
import dev.rapport.contact.KnownSinceQuestion;
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
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.servlet.FlashMap;

import jakarta.servlet.http.Cookie;

import static dev.rapport.support.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * "How long have you known them?": the first interaction logged with someone who has no
 * "known since" asks it, from the log form (wherever it was opened), the dashboard's
 * quick log with and without htmx; the answer becomes their "known since" and the score
 * stops calling them new.
 */
@WebIntegrationTest
class KnownSinceQuestionTests {

	/** The test profile's today. */
	static final LocalDate TODAY = TestClock.TODAY;

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
		this.owner = TestUsers.signUp(this.accounts, "Owner");
	}

	@Test
	void eachAnswerIsTheMostRecentYearItAllows() {
		assertThat(KnownFor.THIS_YEAR.since(TODAY)).isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(KnownFor.ONE_TO_TWO_YEARS.since(TODAY)).isEqualTo(LocalDate.of(2025, 1, 1));
		assertThat(KnownFor.THREE_TO_FIVE_YEARS.since(TODAY)).isEqualTo(LocalDate.of(2023, 1, 1));
		assertThat(KnownFor.FIVE_TO_TEN_YEARS.since(TODAY)).isEqualTo(LocalDate.of(2021, 1, 1));
		assertThat(KnownFor.OVER_TEN_YEARS.since(TODAY)).isEqualTo(LocalDate.of(2016, 1, 1));
	}

	@Test
	void aFirstLogFromAContactPageAsksThereAndTheAnswerBecomesTheirKnownSince() {
		long ana = this.contacts.create(this.owner.id(), ContactMother.named("Ana", "Lima"));
		String page = "/contacts/" + ana;

		MvcTestResult logged = logWithForm(page, ana);
		assertThat(logged).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(page);
		List<KnownSinceQuestion> asked = questionsIn(logged.getMvcResult().getFlashMap());
		assertThat(asked).containsExactly(new KnownSinceQuestion(ana, "Ana Lima"));
		assertThat(this.mvc.get().uri(page).with(as(this.owner)).cookie(sessionOf(logged))).hasStatusOk()
			.bodyText()
			.contains("How long have you known Ana Lima?", "action=\"/contacts/" + ana + "/known-since\"",
					"name=\"returnTo\" value=\"" + page + "\"", "value=\"FIVE_TO_TEN_YEARS\"", ">5–10 years<", ">Skip<",
					"still new");

		MvcTestResult answered = this.mvc.post()
			.uri(page + "/known-since")
			.with(as(this.owner))
			.with(csrf())
			.param("knownFor", "FIVE_TO_TEN_YEARS")
			.param("returnTo", page)
			.exchange();

		assertThat(answered).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(page);
		assertThat(flash(answered)).containsEntry("flashKey", "knownSince.answered")
			.doesNotContainKey(KnownSinceQuestion.FLASH);
		assertThat(this.contacts.get(this.owner.id(), ana).knownSince()).isEqualTo(LocalDate.of(2021, 1, 1));
		assertThat(this.mvc.get().uri(page).with(as(this.owner))).hasStatusOk()
			.bodyText()
			.contains("<dd>2021</dd>")
			.doesNotContain("still new", "How long have you known");
	}

	@Test
	void onlyTheFirstInteractionAsksAndNeverAboutSomeoneWithAKnownSince() {
		long ana = this.contacts.create(this.owner.id(), ContactMother.named("Ana", "Lima"));
		long olga = this.contacts.create(this.owner.id(), knownSince("Olga", LocalDate.of(2012, 1, 1)));
		this.interactions.log(this.owner.id(), coffeeWith(ana), TODAY);

		MvcTestResult logged = logWithForm("/", ana, olga);

		assertThat(logged).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/");
		assertThat(flash(logged)).containsKey("flashKey").doesNotContainKey(KnownSinceQuestion.FLASH);
	}

	@Test
	void answeringOnePersonKeepsAskingAboutTheOthersAndSkipStoresNothing() {
		long ana = this.contacts.create(this.owner.id(), ContactMother.named("Ana", "Lima"));
		long ben = this.contacts.create(this.owner.id(), ContactMother.named("Ben", "Okafor"));
		MvcTestResult logged = logWithForm("/this-week", ana, ben);
		List<KnownSinceQuestion> asked = questionsIn(logged.getMvcResult().getFlashMap());
		assertThat(asked).containsExactly(new KnownSinceQuestion(ana, "Ana Lima"),
				new KnownSinceQuestion(ben, "Ben Okafor"));
		assertThat(this.mvc.get().uri("/this-week").with(as(this.owner)).cookie(sessionOf(logged))).hasStatusOk()
			.bodyText()
			.contains("How long have you known Ana Lima?", "How long have you known Ben Okafor?",
					"name=\"ask\" value=\"" + ben + "\"", "name=\"ask\" value=\"" + ana + "\"");

		MvcTestResult answered = this.mvc.post()
			.uri("/contacts/" + ana + "/known-since")
			.with(as(this.owner))
			.with(csrf())
			.param("knownFor", "OVER_TEN_YEARS")
			.param("ask", String.valueOf(ben))
			.param("returnTo", "/this-week")
			.exchange();
		assertThat(answered).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/this-week");
		assertThat(questionsIn(answered.getMvcResult().getFlashMap()))
			.containsExactly(new KnownSinceQuestion(ben, "Ben Okafor"));
		assertThat(this.contacts.get(this.owner.id(), ana).knownSince()).isEqualTo(LocalDate.of(2016, 1, 1));

		MvcTestResult skipped = this.mvc.post()
			.uri("/contacts/" + ben + "/known-since")
			.with(as(this.owner))
			.with(csrf())
			.param("knownFor", "SKIP")
			.param("returnTo", "/this-week")
			.exchange();
		assertThat(skipped).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/this-week");
		assertThat(flash(skipped)).doesNotContainKey("flashKey").doesNotContainKey(KnownSinceQuestion.FLASH);
		assertThat(this.contacts.get(this.owner.id(), ben).knownSince()).isNull();
	}

	@Test
	void aKnownSinceTypedMeanwhileIsNeverOverwrittenByAnOldQuestion() {
		long ana = this.contacts.create(this.owner.id(), knownSince("Ana", LocalDate.of(2015, 3, 1)));

		MvcTestResult answered = this.mvc.post()
			.uri("/contacts/" + ana + "/known-since")
			.with(as(this.owner))
			.with(csrf())
			.param("knownFor", "THIS_YEAR")
			.exchange();

		assertThat(answered).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/contacts/" + ana);
		assertThat(flash(answered)).containsEntry("flashKey", "knownSince.alreadySet");
		assertThat(this.contacts.get(this.owner.id(), ana).knownSince()).isEqualTo(LocalDate.of(2015, 3, 1));
	}

	@Test
	void anotherUsersContactIsNotFoundAndUntouched() {
		AccountPrincipal other = TestUsers.signUp(this.accounts, "Other");
		long theirs = this.contacts.create(other.id(), ContactMother.named("Zoe", "Stranger"));

		assertThat(this.mvc.post()
			.uri("/contacts/" + theirs + "/known-since")
			.with(as(this.owner))
			.with(csrf())
			.param("knownFor", "OVER_TEN_YEARS")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.contacts.get(other.id(), theirs).knownSince()).isNull();
	}

	@Test
	void theQuickLogAsksInPlaceWithHtmxAndOnTheDashboardWithout() {
		long ana = this.contacts.create(this.owner.id(), ContactMother.named("Ana", "Lima"));
		long ben = this.contacts.create(this.owner.id(), ContactMother.named("Ben", "Okafor"));

		assertThat(this.mvc.post()
			.uri("/quick-log")
			.header("HX-Request", "true")
			.with(as(this.owner))
			.with(csrf())
			.param("participantIds", String.valueOf(ana))
			.param("kind", "COFFEE")
			.param("direction", "MUTUAL")
			.param("date", "2026-11-18")).hasStatusOk()
			.bodyText()
			.contains("Coffee with Ana Lima logged.", "How long have you known Ana Lima?",
					"action=\"/contacts/" + ana + "/known-since\"", "name=\"returnTo\" value=\"/\"");

		MvcTestResult plain = this.mvc.post()
			.uri("/quick-log")
			.with(as(this.owner))
			.with(csrf())
			.param("participantIds", String.valueOf(ana), String.valueOf(ben))
			.param("kind", "CALL")
			.param("direction", "MUTUAL")
			.param("date", "2026-11-18")
			.exchange();
		assertThat(plain).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/");
		// Ana's call is her second interaction: only Ben is asked about.
		assertThat(questionsIn(plain.getMvcResult().getFlashMap()))
			.containsExactly(new KnownSinceQuestion(ben, "Ben Okafor"));
	}

	private MvcTestResult logWithForm(String returnTo, long... participants) {
		return this.mvc.post()
			.uri("/interactions")
			.with(as(this.owner))
			.with(csrf())
			.param("date", TODAY.toString())
			.param("kind", "COFFEE")
			.param("direction", "MUTUAL")
			.param("participantIds", Arrays.stream(participants).mapToObj(String::valueOf).toArray(String[]::new))
			.param("summary", "")
			.param("notes", "")
			.param("returnTo", returnTo)
			.exchange();
	}

	/**
	 * The session the flash attributes were saved in, so the next page shows them as a
	 * browser would see them.
	 */
	private static Cookie sessionOf(MvcTestResult result) {
		return Arrays.stream(result.getResponse().getCookies())
			.filter(cookie -> cookie.getName().contains("SESSION"))
			.findFirst()
			.orElseThrow();
	}

	private static Map<String, Object> flash(MvcTestResult result) {
		return result.getMvcResult().getFlashMap();
	}

	@SuppressWarnings("unchecked")
	private static List<KnownSinceQuestion> questionsIn(FlashMap flash) {
		return (List<KnownSinceQuestion>) flash.get(KnownSinceQuestion.FLASH);
	}

	private static InteractionCommand coffeeWith(long contactId) {
		return new InteractionCommand(TODAY.minusDays(3), InteractionKind.COFFEE, Direction.MUTUAL, List.of(contactId),
				"", "", null);
	}

	private static ContactCommand knownSince(String firstName, LocalDate since) {
		return new ContactCommand(firstName, "Old", null, null, null, null, null, null, null, null, null, since, false,
				Set.of(), null, null, null, null);
	}

}
