package dev.rapport.interaction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;
import dev.rapport.contact.ContactService;
import dev.rapport.shared.NotFoundException;
import dev.rapport.shared.StaleEditException;
import dev.rapport.support.ContactMother;
import dev.rapport.support.TestClock;
import dev.rapport.support.TestUsers;
import dev.rapport.support.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@WebIntegrationTest
@RecordApplicationEvents
class InteractionServiceTests {

	static final LocalDate TODAY = TestClock.TODAY;

	@Autowired
	InteractionService interactions;

	@Autowired
	ContactService contacts;

	@Autowired
	AccountService accounts;

	@Autowired
	PlannedInteractionArrivals arrivals;

	@Autowired
	ApplicationEvents events;

	AccountPrincipal owner;

	long ana;

	long bruno;

	@BeforeEach
	void twoContacts() {
		this.owner = TestUsers.signUp(this.accounts, "Owner");
		this.ana = this.contacts.create(this.owner.id(), ContactMother.named("Ana", "Lima"));
		this.bruno = this.contacts.create(this.owner.id(), ContactMother.named("Bruno", "Reis"));
	}

	@Test
	void loggingAGroupInteractionGivesEachParticipantARowAndPublishesAnEvent() {
		long id = log(TODAY.minusDays(2), InteractionKind.MEAL, this.ana, this.bruno);
		assertThat(this.interactions.rowsOf(this.owner.id(), List.of(this.ana, this.bruno)))
			.extracting(ContactInteraction::contactId)
			.containsExactlyInAnyOrder(this.ana, this.bruno);
		assertThat(this.events.stream(InteractionLogged.class)).singleElement().satisfies(event -> {
			assertThat(event.interactionId()).isEqualTo(id);
			assertThat(event.participantIds()).containsExactlyInAnyOrder(this.ana, this.bruno);
		});
		assertThat(this.contacts.get(this.owner.id(), this.ana).lastInteractionOn()).isEqualTo(TODAY.minusDays(2));
	}

	@Test
	void plannedInteractionsDoNotCountAsTheLastOne() {
		log(TODAY.minusDays(10), InteractionKind.CALL, this.ana);
		long planned = log(TODAY.plusDays(5), InteractionKind.COFFEE, this.ana);
		assertThat(this.contacts.get(this.owner.id(), this.ana).lastInteractionOn()).isEqualTo(TODAY.minusDays(10));
		assertThat(this.interactions.get(this.owner.id(), planned, TODAY).planned()).isTrue();
	}

	@Test
	void aPlannedInteractionBecomesTheLastOneOnItsDay() {
		log(TODAY.plusDays(1), InteractionKind.COFFEE, this.ana);
		assertThat(this.contacts.get(this.owner.id(), this.ana).lastInteractionOn()).isNull();
		// 19 November, 10:00 in Lisbon: the coffee day has come.
		this.arrivals.refresh(Instant.parse("2026-11-19T10:00:00Z"));
		assertThat(this.contacts.get(this.owner.id(), this.ana).lastInteractionOn()).isEqualTo(TODAY.plusDays(1));
	}

	@Test
	void rejectsPlansMoreThanAYearAheadAndSavesNothing() {
		assertThatExceptionOfType(InvalidInteractionException.class)
			.isThrownBy(() -> log(TODAY.plusDays(366), InteractionKind.CALL, this.ana))
			.satisfies(ex -> assertThat(ex.field()).isEqualTo("date"));
		log(TODAY.plusDays(365), InteractionKind.CALL, this.ana);
		assertThat(timelineSize(this.ana)).isEqualTo(1);
	}

	@Test
	void rejectsAnotherUsersContactAsParticipant() {
		AccountPrincipal stranger = TestUsers.signUp(this.accounts, "Stranger");
		long theirs = this.contacts.create(stranger.id(), ContactMother.named("Zed", "Other"));
		assertThatExceptionOfType(InvalidInteractionException.class)
			.isThrownBy(() -> log(TODAY, InteractionKind.CALL, this.ana, theirs))
			.satisfies(ex -> assertThat(ex.field()).isEqualTo("participantIds"));
		assertThat(timelineSize(this.ana)).isZero();
	}

	@Test
	void editingMovesTheInteractionAndTellsEveryoneAffected() {
		long id = log(TODAY.minusDays(3), InteractionKind.CALL, this.ana);
		this.interactions.update(this.owner.id(), id, new InteractionCommand(TODAY.minusDays(30), InteractionKind.VIDEO,
				Direction.THEM, List.of(this.bruno), "moved", null, 0L), TODAY);
		assertThat(this.contacts.get(this.owner.id(), this.ana).lastInteractionOn()).isNull();
		assertThat(this.contacts.get(this.owner.id(), this.bruno).lastInteractionOn()).isEqualTo(TODAY.minusDays(30));
		assertThat(this.events.stream(InteractionChanged.class)).singleElement()
			.satisfies(event -> assertThat(event.affectedContactIds()).containsExactlyInAnyOrder(this.ana, this.bruno));
	}

	@Test
	void staleEditIsRefusedAndChangesNothing() {
		long id = log(TODAY.minusDays(3), InteractionKind.CALL, this.ana);
		this.interactions.update(this.owner.id(), id, new InteractionCommand(TODAY.minusDays(3), InteractionKind.MEAL,
				Direction.ME, List.of(this.ana), null, null, 0L), TODAY);
		assertThatExceptionOfType(StaleEditException.class).isThrownBy(() -> this.interactions.update(this.owner.id(),
				id,
				new InteractionCommand(TODAY, InteractionKind.EMAIL, Direction.ME, List.of(this.ana), null, null, 0L),
				TODAY));
		assertThat(this.interactions.get(this.owner.id(), id, TODAY).kind()).isEqualTo(InteractionKind.MEAL);
	}

	@Test
	void deletingUpdatesTheLastInteraction() {
		log(TODAY.minusDays(20), InteractionKind.CALL, this.ana);
		long latest = log(TODAY.minusDays(1), InteractionKind.COFFEE, this.ana);
		this.interactions.delete(this.owner.id(), latest, TODAY);
		assertThat(this.contacts.get(this.owner.id(), this.ana).lastInteractionOn()).isEqualTo(TODAY.minusDays(20));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.interactions.get(this.owner.id(), latest, TODAY));
	}

	@Test
	void deletingAContactKeepsGroupInteractionsAndDropsTheirOwn() {
		long group = log(TODAY.minusDays(4), InteractionKind.MEAL, this.ana, this.bruno);
		long alone = log(TODAY.minusDays(2), InteractionKind.CALL, this.ana);
		this.contacts.delete(this.owner.id(), this.ana);
		assertThat(this.interactions.get(this.owner.id(), group, TODAY).participantIds()).containsExactly(this.bruno);
		assertThat(this.interactions.exists(this.owner.id(), alone)).isFalse();
	}

	@Test
	void recentListsNewestFirstWithPlannedOnTop() {
		log(TODAY.minusDays(9), InteractionKind.EMAIL, this.ana);
		log(TODAY.plusDays(2), InteractionKind.MEAL, this.ana);
		log(TODAY, InteractionKind.CALL, this.bruno);
		assertThat(this.interactions.recent(this.owner.id(), TODAY, PageRequest.of(0, 10)).getContent())
			.extracting(InteractionView::kind)
			.containsExactly(InteractionKind.MEAL, InteractionKind.CALL, InteractionKind.EMAIL);
		assertThat(this.interactions.past(this.owner.id(), TODAY, PageRequest.of(0, 10)).getContent())
			.extracting(InteractionView::kind)
			.containsExactly(InteractionKind.CALL, InteractionKind.EMAIL);
	}

	@Test
	void latestListsPlannedFirstThenNewestWhateverTheirAge() {
		log(TODAY.minusDays(400), InteractionKind.EMAIL, this.ana);
		log(TODAY.minusDays(40), InteractionKind.CALL, this.ana);
		log(TODAY.minusDays(3), InteractionKind.MEAL, this.bruno);
		log(TODAY.plusDays(30), InteractionKind.COFFEE, this.ana);
		log(TODAY.minusDays(3), InteractionKind.VIDEO, this.ana);
		// On the same day, the one logged last comes first.
		assertThat(this.interactions.latest(this.owner.id(), TODAY, 4)).extracting(InteractionView::kind)
			.containsExactly(InteractionKind.COFFEE, InteractionKind.VIDEO, InteractionKind.MEAL, InteractionKind.CALL);
		assertThat(this.interactions.latest(this.owner.id(), TODAY, 2)).extracting(InteractionView::kind)
			.containsExactly(InteractionKind.COFFEE, InteractionKind.VIDEO);
		assertThat(this.interactions.latest(this.owner.id(), TODAY, 10)).hasSize(5);
	}

	private long log(LocalDate date, InteractionKind kind, Long... participants) {
		return this.interactions.log(this.owner.id(),
				new InteractionCommand(date, kind, Direction.MUTUAL, List.of(participants), null, null, null), TODAY);
	}

	private long timelineSize(long contactId) {
		return this.interactions.timeline(this.owner.id(), contactId, TODAY, PageRequest.of(0, 10))
			.getNumberOfElements();
	}

}
