package dev.rapport.scoring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;
import dev.rapport.contact.ContactCommand;
import dev.rapport.contact.ContactService;
import dev.rapport.interaction.ContactInteraction;
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
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The stored score states against a full recompute from the rows, through the real
 * services and their events, at the test profile's fixed today (18 November 2026 in
 * Lisbon).
 */
@WebIntegrationTest
class ScoringServiceTests {

	static final LocalDate TODAY = TestClock.TODAY;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	@Autowired
	InteractionService interactions;

	@Autowired
	ScoringService scoring;

	@Autowired
	ScoreConstantsRecompute recompute;

	@Autowired
	Scorer scorer;

	@Autowired
	ScoreStateStore store;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Clock clock;

	AccountPrincipal owner;

	@BeforeEach
	void signUp() {
		this.owner = TestUsers.signUp(this.accounts, "Scorer");
	}

	@Test
	void storedStatesEqualAFullRecomputeAfterRandomLogsEditsDeletesAndBackDates() {
		Random random = new Random(20261118);
		List<Long> people = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			people.add(this.contacts.create(id(), ContactMother.named("Person" + i, "Random")));
		}
		List<Long> logged = new ArrayList<>();
		for (int step = 1; step <= 240; step++) {
			int action = random.nextInt(10);
			if (logged.isEmpty() || action < 4) {
				logged.add(this.interactions.log(id(), randomForm(random, people, null), TODAY));
			}
			else if (action < 6) {
				long interaction = logged.get(random.nextInt(logged.size()));
				long version = this.interactions.get(id(), interaction, TODAY).version();
				this.interactions.update(id(), interaction, randomForm(random, people, version), TODAY);
			}
			else if (action < 7) {
				long interaction = logged.get(random.nextInt(logged.size()));
				var form = this.interactions.get(id(), interaction, TODAY).toForm();
				this.interactions.update(id(), interaction,
						new InteractionCommand(form.date().minusDays(1 + random.nextInt(400)), form.kind(),
								form.direction(), form.participantIds(), form.summary(), form.notes(), form.version()),
						TODAY);
			}
			else if (action < 9) {
				this.interactions.delete(id(), logged.remove(random.nextInt(logged.size())), TODAY);
			}
			else {
				long person = people.get(random.nextInt(people.size()));
				changeKnownSince(person, random.nextBoolean() ? TODAY.minusDays(random.nextInt(2000)) : null);
			}
			// Reading often keeps an owner's cache alive, so most changes patch it rather
			// than evict it.
			if (step % 5 == 0) {
				assertStoredEqualsRecompute(TODAY);
			}
			if (step % 40 == 0) {
				assertStoredEqualsRecompute(TODAY.plusDays(45));
			}
		}
		assertStoredEqualsRecompute(TODAY);
		// Scores read the participant rows' copies of date, kind and direction; the
		// interactions' own rows still agree with them after every edit.
		assertThat(this.interactions.rowsOf(id(), people))
			.containsExactlyInAnyOrderElementsOf(this.interactions.allRowsOf(id()));
		this.scoring.recomputeAll(id());
		assertStoredEqualsRecompute(TODAY);
	}

	/**
	 * Logging folds the new row into the stored state without reading the history when it
	 * is the newest or planned; the state must then be the very one a rebuild from every
	 * row gives, bit for bit, and readings must keep matching the pure scorer.
	 */
	@Test
	void aLoggedRowFoldedIntoTheStoredStateGivesExactlyTheStateOfEveryRow() {
		LocalDate anchor = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC).minusDays(1);
		long ana = this.contacts.create(id(), ContactMother.named("Ana", "Folded"));
		long ben = this.contacts.create(id(), ContactMother.named("Ben", "Folded"));
		changeKnownSince(ben, TODAY.minusDays(900));
		Random random = new Random(1118);
		// An old history to start from, then rows each newer than the last (some on a day
		// already counted, which is rebuilt instead), today's rows and planned ones.
		LocalDate past = TODAY.minusDays(700);
		for (int step = 0; step < 60; step++) {
			LocalDate date;
			if (step % 15 == 14) {
				date = TODAY.plusDays(1 + random.nextInt(30));
			}
			else if (step > 50) {
				date = TODAY;
			}
			else {
				past = past.plusDays(random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(20));
				past = past.isAfter(TODAY) ? TODAY : past;
				date = past;
			}
			InteractionKind kind = InteractionKind.values()[random.nextInt(InteractionKind.values().length)];
			Direction direction = Direction.values()[random.nextInt(Direction.values().length)];
			List<Long> who = (step % 4 == 0) ? List.of(ana, ben) : List.of((step % 2 == 0) ? ana : ben);
			this.interactions.log(id(), new InteractionCommand(date, kind, direction, who, null, null, null), TODAY);
			if (step % 3 == 0) {
				this.scoring.readingsOf(id(), TODAY);
			}
			for (long contact : List.of(ana, ben)) {
				assertStoredIsTheStateOfEveryRow(contact, anchor);
			}
		}
		assertStoredEqualsRecompute(TODAY);
		assertStoredEqualsRecompute(TODAY.plusDays(20));
	}

	private void assertStoredIsTheStateOfEveryRow(long contactId, LocalDate anchor) {
		List<ScoredInteraction> rows = this.interactions.allRowsOf(id())
			.stream()
			.filter(row -> row.contactId() == contactId)
			.map(row -> new ScoredInteraction(row.date(), row.kind(), row.direction()))
			.toList();
		ScoreState expected = this.scorer.stateOf(rows,
				this.contacts.knownSinceDates(id(), List.of(contactId)).get(contactId), anchor);
		ScoreState stored = this.store.stateOf(id(), contactId).orElseThrow();
		assertThat(stored.sums()).as("sums of %s after %s rows", contactId, rows.size()).isEqualTo(expected.sums());
		assertThat(stored.knownSince()).isEqualTo(expected.knownSince());
		assertThat(stored.firstDay()).isEqualTo(expected.firstDay());
		assertThat(stored.lastDay()).isEqualTo(expected.lastDay());
		assertThat(stored.lastLiveDay()).isEqualTo(expected.lastLiveDay());
		assertThat(stored.nextPlannedDay()).isEqualTo(expected.nextPlannedDay());
	}

	@Test
	void aPlannedInteractionStartsToCountOnItsDayWithoutAnyEdit() {
		long ana = this.contacts.create(id(), ContactMother.named("Ana", "Planned"));
		this.interactions.log(id(), form(TODAY.plusDays(3), InteractionKind.MEAL, ana), TODAY);

		assertThat(this.scoring.readingOf(id(), ana, TODAY)).isEqualTo(ScoreReading.noHistory());
		assertThat(this.scoring.readingOf(id(), ana, TODAY.plusDays(2))).isEqualTo(ScoreReading.noHistory());
		ScoreReading onTheDay = this.scoring.readingOf(id(), ana, TODAY.plusDays(3));
		assertThat(onTheDay.tier()).isEqualTo(Tier.ACQUAINTANCE);
		assertThat(onTheDay.depth()).isPositive();
	}

	@Test
	void contactsWithoutInteractionsHaveNoStateAndNoScore() {
		long imported = this.contacts.create(id(), ContactMother.named("Linked", "Only"));

		assertThat(this.scoring.readingsOf(id(), TODAY)).doesNotContainKey(imported);
		assertThat(this.scoring.readingOf(id(), imported, TODAY).depth()).isNull();
		assertThat(this.store.stateOf(id(), imported)).isEmpty();
	}

	@Test
	void deletingAContactDropsItsStateAndItsRanking() {
		long ana = this.contacts.create(id(), ContactMother.named("Ana", "Gone"));
		this.interactions.log(id(), form(TODAY.minusDays(2), InteractionKind.COFFEE, ana), TODAY);
		assertThat(this.scoring.rankedContactIds(id(), Optional.empty(), TODAY)).containsExactly(ana);

		this.contacts.delete(id(), ana);

		assertThat(this.store.stateOf(id(), ana)).isEmpty();
		assertThat(this.scoring.rankedContactIds(id(), Optional.empty(), TODAY)).isEmpty();
	}

	@Test
	void ranksByTierThenDepthAndFiltersByTier() {
		long weekly = this.contacts.create(id(), ContactMother.named("Weekly", "Caller"));
		long monthly = this.contacts.create(id(), ContactMother.named("Monthly", "Caller"));
		long once = this.contacts.create(id(), ContactMother.named("Once", "Coffee"));
		// Weekly meals for 60 weeks: inner circle; fortnightly calls for 30 weeks: close.
		for (int week = 0; week < 60; week++) {
			this.interactions.log(id(), form(TODAY.minusWeeks(week), InteractionKind.MEAL, weekly), TODAY);
		}
		for (int fortnight = 0; fortnight < 15; fortnight++) {
			this.interactions.log(id(), form(TODAY.minusWeeks(2L * fortnight), InteractionKind.CALL, monthly), TODAY);
		}
		this.interactions.log(id(), form(TODAY.minusDays(7), InteractionKind.COFFEE, once), TODAY);

		assertThat(this.scoring.rankedContactIds(id(), Optional.empty(), TODAY)).containsExactly(weekly, monthly, once);
		assertThat(this.scoring.rankedContactIds(id(), Optional.of(Tier.CLOSE), TODAY)).containsExactly(monthly);
		assertThat(this.scoring.readingOf(id(), weekly, TODAY).tier()).isEqualTo(Tier.INNER_CIRCLE);
	}

	@Test
	void aChangeIsVisibleInsideItsTransactionAndForgottenWhenItRollsBack() {
		long ana = this.contacts.create(id(), ContactMother.named("Ana", "Rollback"));
		this.interactions.log(id(), form(TODAY.minusDays(30), InteractionKind.CALL, ana), TODAY);
		ScoreReading committed = this.scoring.readingOf(id(), ana, TODAY);

		this.transactions.executeWithoutResult(status -> {
			this.interactions.log(id(), form(TODAY.minusDays(1), InteractionKind.MEAL, ana), TODAY);
			assertThat(this.scoring.readingOf(id(), ana, TODAY).depth()).isGreaterThan(committed.depth());
			status.setRollbackOnly();
		});

		assertThat(this.scoring.readingOf(id(), ana, TODAY)).isEqualTo(committed);
		assertStoredEqualsRecompute(TODAY);
	}

	@Test
	void startupStoresTheFingerprintOfTheCurrentConstants() {
		assertThat(this.store.fingerprint(ScoreConstantsRecompute.FINGERPRINT_NAME))
			.contains(this.recompute.fingerprint());
	}

	@Test
	void recomputesEverythingWhenTheStoredFingerprintDiffers() {
		long ana = this.contacts.create(id(), ContactMother.named("Ana", "Stale"));
		this.interactions.log(id(), form(TODAY.minusDays(2), InteractionKind.COFFEE, ana), TODAY);
		ScoreReading before = this.scoring.readingOf(id(), ana, TODAY);
		this.store.replaceAll(id(), Map.of());
		this.store.saveFingerprint(ScoreConstantsRecompute.FINGERPRINT_NAME, "constants of another version");

		this.recompute.recomputeIfConstantsChanged();

		assertThat(this.store.stateOf(id(), ana)).isPresent();
		assertThat(this.scoring.readingOf(id(), ana, TODAY)).isEqualTo(before);
		assertThat(this.store.fingerprint(ScoreConstantsRecompute.FINGERPRINT_NAME))
			.contains(this.recompute.fingerprint());
	}

	private void assertStoredEqualsRecompute(LocalDate day) {
		Map<Long, ScoreReading> stored = this.scoring.readingsOf(id(), day);
		Map<Long, LocalDate> knownSince = this.contacts.knownSinceDates(id());
		Map<Long, List<ScoredInteraction>> rows = this.interactions.allRowsOf(id())
			.stream()
			.collect(Collectors.groupingBy(ContactInteraction::contactId, Collectors
				.mapping(row -> new ScoredInteraction(row.date(), row.kind(), row.direction()), Collectors.toList())));
		Map<Long, ScoreReading> recomputed = new HashMap<>();
		rows.forEach((contact, contactRows) -> {
			ScoreReading reading = this.scorer.readingOn(contactRows, knownSince.get(contact), day);
			if (reading.hasHistory()) {
				recomputed.put(contact, reading);
			}
		});
		assertThat(stored.keySet()).as("contacts with history on %s", day).isEqualTo(recomputed.keySet());
		recomputed.forEach((contact, expected) -> {
			ScoreReading actual = stored.get(contact);
			assertThat(actual.tier()).as("tier of %s on %s", contact, day).isEqualTo(expected.tier());
			assertThat(actual.depth()).as("S of %s on %s", contact, day).isCloseTo(expected.depth(), within(1e-6));
			assertThat(actual.bond()).as("B of %s on %s", contact, day).isCloseTo(expected.bond(), within(1e-6));
		});
	}

	private void changeKnownSince(long contactId, LocalDate knownSince) {
		ContactCommand form = this.contacts.get(id(), contactId).toForm().toCommand();
		this.contacts.update(id(), contactId,
				new ContactCommand(form.firstName(), form.lastName(), form.email(), form.phone(), form.company(),
						form.position(), form.location(), form.linkedinUrl(), form.howWeMet(), form.notes(),
						form.birthday(), knownSince, form.noSuggest(), form.tags(), form.version()));
	}

	private static InteractionCommand randomForm(Random random, List<Long> people, Long version) {
		Set<Long> participants = new LinkedHashSet<>();
		int count = 1 + random.nextInt(3);
		while (participants.size() < count) {
			participants.add(people.get(random.nextInt(people.size())));
		}
		// Mostly the last two years, some on the same days, a few planned.
		LocalDate date = TODAY.minusDays(random.nextInt(10) < 3 ? random.nextInt(5) : random.nextInt(800) - 20);
		InteractionKind kind = InteractionKind.values()[random.nextInt(InteractionKind.values().length)];
		Direction direction = Direction.values()[random.nextInt(Direction.values().length)];
		return new InteractionCommand(date, kind, direction, List.copyOf(participants), null, null, version);
	}

	private static InteractionCommand form(LocalDate date, InteractionKind kind, long... participants) {
		return new InteractionCommand(date, kind, Direction.MUTUAL, Arrays.stream(participants).boxed().toList(), null,
				null, null);
	}

	private long id() {
		return this.owner.id();
	}

}
