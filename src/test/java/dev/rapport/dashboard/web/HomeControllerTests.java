package dev.rapport.dashboard.web;

import java.time.LocalDate;
import java.util.List;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;
import dev.rapport.contact.ContactService;
import dev.rapport.demo.SampleDataService;
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
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static dev.rapport.support.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@WebIntegrationTest
class HomeControllerTests {

	static final LocalDate TODAY = TestClock.TODAY;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	@Autowired
	InteractionService interactions;

	@Autowired
	SampleDataService sampleData;

	AccountPrincipal owner;

	@BeforeEach
	void signUp() {
		this.owner = TestUsers.signUp(this.accounts, "Owner");
	}

	@Test
	void anEmptyAccountShowsTheFirstRunPanel() {
		assertThat(this.mvc.get().uri("/").with(as(this.owner))).hasStatusOk()
			.bodyText()
			.contains("Welcome to Rapport", "href=\"/import\"", "action=\"/sample-data\"")
			.doesNotContain("quick-log-form");
	}

	@Test
	void quickLogWithoutJavaScriptPostsAndComesBack() {
		long ana = this.contacts.create(this.owner.id(), ContactMother.named("Ana", "Lima"));
		long bruno = this.contacts.create(this.owner.id(), ContactMother.named("Bruno", "Costa"));

		assertThat(this.mvc.post()
			.uri("/quick-log")
			.with(as(this.owner))
			.with(csrf())
			.param("participantIds", String.valueOf(ana), String.valueOf(bruno))
			.param("kind", "COFFEE")
			.param("direction", "THEM")
			.param("date", "2026-11-18")).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/");

		assertThat(this.interactions.recent(this.owner.id(), TODAY, PageRequest.of(0, 5)).getContent()).singleElement()
			.satisfies(logged -> {
				assertThat(logged.kind()).isEqualTo(InteractionKind.COFFEE);
				assertThat(logged.direction()).isEqualTo(Direction.THEM);
				assertThat(logged.participantIds()).containsExactlyInAnyOrder(ana, bruno);
			});
	}

	@Test
	void quickLogWithHtmxConfirmsInPlaceAndRefreshesRecent() {
		long ana = this.contacts.create(this.owner.id(), ContactMother.named("Ana", "Lima"));

		assertThat(this.mvc.post()
			.uri("/quick-log")
			.header("HX-Request", "true")
			.with(as(this.owner))
			.with(csrf())
			.param("participantIds", String.valueOf(ana))
			.param("kind", "MEAL")
			.param("direction", "MUTUAL")
			.param("date", "2026-11-17")).hasStatusOk()
			.bodyText()
			.contains("Meal with Ana Lima logged.", "id=\"quick-log\"", "hx-swap-oob=\"true\"", "Ana Lima", "Meal")
			.contains("id=\"network\"", "id=\"home-week\"")
			.containsPattern("action=\"/interactions/\\d+/delete\"")
			.doesNotContain("<html");
	}

	@Test
	void quickLogWithoutAnyoneSaysWhatIsMissing() {
		this.contacts.create(this.owner.id(), ContactMother.named("Ana", "Lima"));

		assertThat(this.mvc.post()
			.uri("/quick-log")
			.header("HX-Request", "true")
			.with(as(this.owner))
			.with(csrf())
			.param("kind", "MEAL")
			.param("direction", "MUTUAL")
			.param("date", "2026-11-17")).hasStatusOk().bodyText().contains("Pick at least one person");
		assertThat(this.interactions.recent(this.owner.id(), TODAY, PageRequest.of(0, 5))).isEmpty();
	}

	@Test
	void findsPeopleAsYouTypeKeepingThosePickedAndAtMostTen() throws Exception {
		long bruno = this.contacts.create(this.owner.id(), ContactMother.named("Bruno", "Costa"));
		for (int i = 0; i < 15; i++) {
			this.contacts.create(this.owner.id(), ContactMother.named("Ana" + i, "Lima"));
		}

		String body = this.mvc.get()
			.uri("/quick-log/people?q=ana&participantIds=" + bruno)
			.header("HX-Request", "true")
			.with(as(this.owner))
			.exchange()
			.getResponse()
			.getContentAsString();

		assertThat(body).contains("Bruno Costa").doesNotContain("<html");
		assertThat(body.split("name=\"participantIds\"", -1)).hasSize(1 + 1 + 10);
		assertThat(body).containsPattern("value=\"" + bruno + "\"\\s+checked");
	}

	@Test
	void withoutJavaScriptThePickerSearchesThroughThePage() {
		this.contacts.create(this.owner.id(), ContactMother.named("Ana", "Lima"));
		this.contacts.create(this.owner.id(), ContactMother.named("Bruno", "Costa"));

		assertThat(this.mvc.get().uri("/?q=ana").with(as(this.owner))).hasStatusOk()
			.bodyText()
			.contains("Ana Lima", "form=\"people-search\"")
			.doesNotContain("Bruno Costa");
	}

	@Test
	void drawsTheNetworkByTierNextToContactsWithNoHistory() {
		long ana = this.contacts.create(this.owner.id(), ContactMother.named("Ana", "Lima"));
		this.contacts.create(this.owner.id(), ContactMother.named("Bruno", "Costa"));
		this.interactions.log(this.owner.id(), new InteractionCommand(TODAY.minusDays(1), InteractionKind.MEAL,
				Direction.MUTUAL, List.of(ana), null, null, null), TODAY);

		assertThat(this.mvc.get().uri("/").with(as(this.owner))).hasStatusOk()
			.bodyText()
			.contains("<svg", "role=\"img\"", "<title id=\"network-title\"",
					"1 people you really know (with at least one interaction), next to 1 contacts with no history yet.",
					"tier-bar tier-acquaintance", "Ana Lima")
			.doesNotContain("style=");
	}

	@Test
	void loadsSampleDataAndRemovesItLeavingMyOwnPeople() {
		long mine = this.contacts.create(this.owner.id(), ContactMother.named("Mine", "Own"));

		assertThat(this.mvc.post().uri("/sample-data").with(as(this.owner)).with(csrf())).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/");
		assertThat(this.contacts.count(this.owner.id())).isEqualTo(61);
		assertThat(this.mvc.get().uri("/").with(as(this.owner))).hasStatusOk()
			.bodyText()
			.contains("Remove sample data", "a chance to reply.", "Inner circle");
		assertThat(this.mvc.get().uri("/this-week").with(as(this.owner))).hasStatusOk()
			.bodyText()
			.contains("Owed replies", "Rekindle");

		assertThat(this.mvc.post().uri("/sample-data/remove").with(as(this.owner)).with(csrf()))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/");
		assertThat(this.contacts.count(this.owner.id())).isEqualTo(1);
		assertThat(this.contacts.exists(this.owner.id(), mine)).isTrue();
		assertThat(this.sampleData.hasSampleData(this.owner.id())).isFalse();
		assertThat(this.interactions.recent(this.owner.id(), TODAY, PageRequest.of(0, 5))).isEmpty();
	}

	@Test
	void pagesNeedSignInAndNeverShowAnotherUsersPeople() {
		this.contacts.create(this.owner.id(), ContactMother.named("Ana", "Lima"));
		AccountPrincipal stranger = TestUsers.signUp(this.accounts, "Stranger");
		this.contacts.create(stranger.id(), ContactMother.named("Bruno", "Costa"));

		for (String page : List.of("/this-week", "/quick-log/people?q=ana", "/?q=ana")) {
			assertThat(this.mvc.get().uri(page)).as(page)
				.hasStatus(HttpStatus.FOUND)
				.redirectedUrl()
				.endsWith("/login");
			assertThat(this.mvc.get().uri(page).with(as(stranger))).as(page)
				.hasStatusOk()
				.bodyText()
				.doesNotContain("Ana Lima");
		}
		assertThat(this.mvc.post().uri("/sample-data").with(as(stranger))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri("/quick-log").with(as(stranger))).hasStatus(HttpStatus.FORBIDDEN);
	}

}
