package dev.rapport.depth;

import java.util.Set;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;
import dev.rapport.contact.ContactDetails;
import dev.rapport.contact.ContactCommand;
import dev.rapport.contact.ContactQuery;
import dev.rapport.contact.ContactService;
import dev.rapport.contact.DateKind;
import dev.rapport.contact.ImportantDateService;
import dev.rapport.contact.YearlyDate;
import dev.rapport.followup.FollowUpService;
import dev.rapport.followup.FollowUpView;
import dev.rapport.importing.LinkedInImportService;
import dev.rapport.interaction.Direction;
import dev.rapport.interaction.InteractionCommand;
import dev.rapport.interaction.InteractionKind;
import dev.rapport.interaction.InteractionService;
import dev.rapport.interaction.InteractionView;
import dev.rapport.support.ContactMother;
import dev.rapport.support.TestClock;
import dev.rapport.support.TestUsers;
import dev.rapport.support.WebIntegrationTest;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static dev.rapport.support.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Give and take, life events and gatherings on the pages, with the real security chain,
 * at the test profile's Wednesday 18 November 2026.
 */
@WebIntegrationTest
class DepthPagesTests {

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
	FollowUpService followUps;

	@Autowired
	LifeEventService lifeEvents;

	@Autowired
	LinkedInImportService imports;

	@Autowired
	ImportantDateService importantDates;

	AccountPrincipal owner;

	@BeforeEach
	void signUp() {
		this.owner = TestUsers.signUp(this.accounts, "Owner");
	}

	@Test
	void suggestsAnIntroductionAndOneClickLogsItWithAFollowUp() {
		long ana = this.contacts.create(this.owner.id(), needs("Ana", null, "climbing routes"));
		long ben = this.contacts.create(this.owner.id(), needs("Ben", "a climbing partner", null));

		assertThat(this.mvc.get().uri("/give-and-take").with(as(this.owner))).hasStatusOk()
			.bodyText()
			.contains("Introductions you could make", "Ana Test", "Ben Test",
					"Ana Test can help with \u201cclimbing routes\u201d; Ben Test is looking for \u201ca climbing partner\u201d");

		assertThat(this.mvc.post()
			.uri("/give-and-take/introductions")
			.param("helperId", String.valueOf(ana))
			.param("seekerId", String.valueOf(ben))
			.with(as(this.owner))
			.with(csrf())).hasStatus3xxRedirection().hasRedirectedUrl("/give-and-take");

		List<InteractionView> logged = this.interactions.recent(this.owner.id(), TODAY, PageRequest.of(0, 5))
			.getContent();
		assertThat(logged).singleElement().satisfies(interaction -> {
			assertThat(interaction.kind()).isEqualTo(InteractionKind.INTRODUCTION);
			assertThat(interaction.direction()).isEqualTo(Direction.ME);
			assertThat(interaction.participantIds()).containsExactlyInAnyOrder(ana, ben);
		});
		assertThat(this.followUps.ofContact(this.owner.id(), ben, TODAY)).extracting(FollowUpView::title)
			.containsExactly("Ask Ben Test how the introduction to Ana Test went");
		assertThat(this.mvc.get().uri("/give-and-take").with(as(this.owner))).bodyText()
			.contains("No match yet")
			.contains("You gave");
	}

	@Test
	void theLedgerInvitesGivingBackToThoseIOnlyReceivedFrom() {
		long gia = this.contacts.create(this.owner.id(), needs("Gia", "a new flat", null));
		log(gia, TODAY.minusDays(30), InteractionKind.FAVOUR, Direction.THEM);

		assertThat(this.mvc.get().uri("/give-and-take").with(as(this.owner))).hasStatusOk()
			.bodyText()
			.contains("Gia Test", "You have only received from them: a good moment to give back.",
					"They are looking for \u201ca new flat\u201d.");
	}

	@Test
	void anIntroductionNeedsTwoOfMyOwnContacts() {
		AccountPrincipal other = TestUsers.signUp(this.accounts, "Other");
		long ana = this.contacts.create(this.owner.id(), ContactMother.named("Ana", "Mine"));
		long stranger = this.contacts.create(other.id(), ContactMother.named("Sam", "Theirs"));

		assertThat(this.mvc.post()
			.uri("/give-and-take/introductions")
			.param("helperId", String.valueOf(ana))
			.param("seekerId", String.valueOf(stranger))
			.with(as(this.owner))
			.with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post()
			.uri("/give-and-take/introductions")
			.param("helperId", String.valueOf(ana))
			.param("seekerId", String.valueOf(ana))
			.with(as(this.owner))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(this.interactions.recent(this.owner.id(), TODAY, PageRequest.of(0, 5)).getContent()).isEmpty();
	}

	@Test
	void logsALifeEventFromTheContactPageAndShowsItOnTheTimeline() {
		long ana = this.contacts.create(this.owner.id(), ContactMother.named("Ana", "Lima"));
		log(ana, TODAY.minusDays(3), InteractionKind.COFFEE, Direction.MUTUAL);

		assertThat(this.mvc.get().uri("/contacts/{id}/life-events/new", ana).with(as(this.owner))).hasStatusOk()
			.bodyText()
			.contains("Log a life event for Ana Lima", "New job", "Check in on");
		assertThat(this.mvc.post()
			.uri("/contacts/{id}/life-events", ana)
			.param("kind", "NEW_BABY")
			.param("date", "2026-11-10")
			.param("note", "A girl, <b>Mia</b>")
			.with(as(this.owner))
			.with(csrf())).hasStatus3xxRedirection().hasRedirectedUrl("/contacts/" + ana);

		assertThat(this.mvc.get().uri("/contacts/{id}", ana).with(as(this.owner))).hasStatusOk()
			.bodyText()
			.contains("Life event: New baby", "A girl, &lt;b&gt;Mia&lt;/b&gt;", "Coffee")
			.doesNotContain("<b>Mia</b>");
		assertThat(this.followUps.ofContact(this.owner.id(), ana, TODAY))
			.extracting(FollowUpView::title, FollowUpView::dueOn)
			.containsExactly(
					Tuple.tuple("Ask Ana Lima how they are all doing with the baby", LocalDate.of(2026, 11, 24)));
	}

	@Test
	void aBadLifeEventIsRefusedWithAFieldMessageAndNothingIsSaved() {
		long ana = this.contacts.create(this.owner.id(), ContactMother.named("Ana", "Lima"));

		assertThat(this.mvc.post()
			.uri("/contacts/{id}/life-events", ana)
			.param("kind", "WEDDING")
			.param("date", "2026-11-10")
			.param("checkInOn", "2026-11-01")
			.with(as(this.owner))
			.with(csrf())).hasStatusOk().bodyText().contains("Check in on or after the event, within two years of it.");
		assertThat(this.lifeEvents.ofContact(this.owner.id(), ana)).isEmpty();
		assertThat(this.followUps.ofContact(this.owner.id(), ana, TODAY)).isEmpty();
	}

	@Test
	void anotherUsersLifeEventsAndContactsAreNotFound() {
		AccountPrincipal other = TestUsers.signUp(this.accounts, "Other");
		long ana = this.contacts.create(this.owner.id(), ContactMother.named("Ana", "Lima"));
		LifeEventView event = this.lifeEvents.log(this.owner.id(), ana,
				new LifeEventForm(LifeEventKind.MOVED, TODAY, null, null), TODAY);

		assertThat(this.mvc.get().uri("/contacts/{id}/life-events/new", ana).with(as(other)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post()
			.uri("/contacts/{id}/life-events", ana)
			.param("kind", "MOVED")
			.param("date", "2026-11-10")
			.with(as(other))
			.with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post().uri("/life-events/{id}/delete", event.id()).with(as(other)).with(csrf()))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.lifeEvents.ofContact(this.owner.id(), ana)).hasSize(1);
	}

	@Test
	void aLinkedInReimportThatChangesTheCompanyProposesANewJob() {
		String header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";
		this.imports.importFile(this.owner.id(), "Connections.csv",
				csv(header + "Ana,Lima,https://www.linkedin.com/in/ana-lima,,Acme,Engineer,01 Feb 2020\n"), false);
		this.imports.importFile(this.owner.id(), "Connections.csv",
				csv(header
						+ "Ana,Lima,https://www.linkedin.com/in/ana-lima,,Kestrel Labs,Staff Engineer,01 Feb 2020\n"),
				false);
		ContactDetails ana = this.contacts
			.listDetails(TestUsers.owner(this.owner.id()), new ContactQuery("Ana", null, false, null),
					PageRequest.of(0, 5))
			.getContent()
			.get(0);

		assertThat(ana).as("the company is not changed silently")
			.extracting(ContactDetails::company, ContactDetails::position)
			.containsExactly("Acme", "Engineer");
		List<LifeEventProposalView> proposals = this.lifeEvents.proposalsOf(this.owner.id(), ana.id());
		assertThat(proposals).singleElement().satisfies(proposal -> {
			assertThat(proposal.fromCompany()).isEqualTo("Acme");
			assertThat(proposal.toCompany()).isEqualTo("Kestrel Labs");
		});
		assertThat(this.mvc.get().uri("/contacts/{id}", ana.id()).with(as(this.owner))).bodyText()
			.contains("A LinkedIn import noticed a new company: Acme \u2192 Kestrel Labs");

		assertThat(this.mvc.post()
			.uri("/life-event-proposals/{id}/accept", proposals.get(0).id())
			.with(as(this.owner))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(this.lifeEvents.ofContact(this.owner.id(), ana.id())).singleElement().satisfies(event -> {
			assertThat(event.kind()).isEqualTo(LifeEventKind.NEW_JOB);
			assertThat(event.note()).isEqualTo("From Acme to Kestrel Labs (noticed by a LinkedIn import)");
		});
		assertThat(this.lifeEvents.proposalsOf(this.owner.id(), ana.id())).isEmpty();
		assertThat(this.followUps.ofContact(this.owner.id(), ana.id(), TODAY)).extracting(FollowUpView::title)
			.containsExactly("Ask Ana Lima: how's the new job?");
		assertThat(this.contacts.get(this.owner.id(), ana.id())).as("logging the job takes the new company")
			.extracting(ContactDetails::company, ContactDetails::position)
			.containsExactly("Kestrel Labs", "Staff Engineer");
	}

	@Test
	void onlyUpdatingTheCompanyLogsNoEventAndTheSameExportProposesNothingAgain() {
		String header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";
		String newer = header
				+ "Ana,Lima,https://www.linkedin.com/in/ana-lima,,Kestrel Labs,Staff Engineer,01 Feb 2020\n";
		this.imports.importFile(this.owner.id(), "Connections.csv",
				csv(header + "Ana,Lima,https://www.linkedin.com/in/ana-lima,,Acme,Engineer,01 Feb 2020\n"), false);
		this.imports.importFile(this.owner.id(), "Connections.csv", csv(newer), false);
		long ana = this.contacts
			.listDetails(TestUsers.owner(this.owner.id()), new ContactQuery("Ana", null, false, null),
					PageRequest.of(0, 5))
			.getContent()
			.get(0)
			.id();
		long proposal = this.lifeEvents.proposalsOf(this.owner.id(), ana).get(0).id();

		assertThat(
				this.mvc.post().uri("/life-event-proposals/{id}/dismiss", proposal).with(as(this.owner)).with(csrf()))
			.hasStatus3xxRedirection();
		this.imports.importFile(this.owner.id(), "Connections.csv", csv(newer), false);

		assertThat(this.contacts.get(this.owner.id(), ana).company()).isEqualTo("Kestrel Labs");
		assertThat(this.lifeEvents.proposalsOf(this.owner.id(), ana)).isEmpty();
		assertThat(this.lifeEvents.ofContact(this.owner.id(), ana)).isEmpty();
	}

	@Test
	void aWeddingAddsItsAnniversaryToTheImportantDatesOnce() {
		long ana = this.contacts.create(this.owner.id(), ContactMother.named("Ana", "Lima"));

		this.lifeEvents.log(this.owner.id(), ana,
				new LifeEventForm(LifeEventKind.WEDDING, LocalDate.of(2026, 9, 12), null, null), TODAY);
		this.lifeEvents.log(this.owner.id(), ana,
				new LifeEventForm(LifeEventKind.WEDDING, LocalDate.of(2026, 9, 12), "logged twice", null), TODAY);

		assertThat(this.importantDates.ofContact(this.owner.id(), ana)).singleElement().satisfies(date -> {
			assertThat(date.kind()).isEqualTo(DateKind.ANNIVERSARY);
			assertThat(date.label()).isEqualTo("Wedding anniversary");
			assertThat(date.date()).isEqualTo(new YearlyDate(2026, 9, 12));
		});
	}

	@Test
	void theDashboardSuggestsAGatheringAndOneClickLogsTheMealWithEveryone() {
		List<Long> friends = List.of(climber("Ana"), climber("Ben"), climber("Cleo"));

		assertThat(this.mvc.get().uri("/").with(as(this.owner))).hasStatusOk()
			.bodyText()
			.contains("A small gathering", "all tagged \u201cclimbing\u201d, and all due for contact.");
		assertThat(this.mvc.get().uri("/gatherings").with(as(this.owner))).hasStatusOk()
			.bodyText()
			.contains("Small gatherings", "We had a meal together");

		assertThat(this.mvc.post()
			.uri("/gatherings/meal")
			.param("contactId", friends.stream().map(String::valueOf).toArray(String[]::new))
			.param("returnTo", "/")
			.with(as(this.owner))
			.with(csrf())).hasStatus3xxRedirection().hasRedirectedUrl("/");
		assertThat(this.interactions.recent(this.owner.id(), TODAY, PageRequest.of(0, 1)).getContent()).singleElement()
			.satisfies(meal -> {
				assertThat(meal.kind()).isEqualTo(InteractionKind.MEAL);
				assertThat(meal.date()).isEqualTo(TODAY);
				assertThat(meal.participantIds()).containsExactlyInAnyOrderElementsOf(friends);
			});
		assertThat(this.mvc.get().uri("/gatherings").with(as(this.owner))).bodyText()
			.contains("No gathering to suggest");
		assertThat(this.mvc.get().uri("/").with(as(this.owner))).bodyText().doesNotContain("all due for contact");
	}

	@Test
	void theDashboardsGatheringFollowsAnEditOfOneOfItsPeople() {
		climber("Ana");
		long ben = climber("Ben");
		climber("Cleo");
		assertThat(this.mvc.get().uri("/").with(as(this.owner))).bodyText().contains("all due for contact");

		// No interaction changes, only a contact: the dashboard's kept gathering must not
		// outlive it.
		this.contacts.archive(this.owner.id(), ben);

		assertThat(this.mvc.get().uri("/").with(as(this.owner))).bodyText().doesNotContain("all due for contact");
	}

	@Test
	void aGatheringMealWithSomeoneElsesContactIsNotFound() {
		AccountPrincipal other = TestUsers.signUp(this.accounts, "Other");
		long mine = this.contacts.create(this.owner.id(), ContactMother.named("Ana", "Mine"));
		long theirs = this.contacts.create(other.id(), ContactMother.named("Sam", "Theirs"));

		assertThat(this.mvc.post()
			.uri("/gatherings/meal")
			.param("contactId", String.valueOf(mine), String.valueOf(theirs))
			.with(as(this.owner))
			.with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.interactions.recent(this.owner.id(), TODAY, PageRequest.of(0, 1)).getContent()).isEmpty();
	}

	private long climber(String name) {
		long id = this.contacts.create(this.owner.id(), ContactMother.withCompany(name, "Test", null, "climbing"));
		for (int i = 0; i < 12; i++) {
			log(id, TODAY.minusDays(90 + 30L * i), InteractionKind.CALL, Direction.MUTUAL);
		}
		return id;
	}

	private static ByteArrayInputStream csv(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	static ContactCommand needs(String name, String lookingFor, String canHelpWith) {
		return new ContactCommand(name, "Test", null, null, null, null, null, null, null, null, null, null, false,
				Set.of(), null, null, lookingFor, canHelpWith);
	}

	private void log(long contact, LocalDate date, InteractionKind kind, Direction direction) {
		this.interactions.log(this.owner.id(),
				new InteractionCommand(date, kind, direction, List.of(contact), null, null, null), TODAY);
	}

}
