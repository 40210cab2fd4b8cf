package dev.rapport.scoring;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.rapport.account.AccountPrincipal;
import dev.rapport.account.AccountService;
import dev.rapport.contact.ContactService;
import dev.rapport.interaction.Direction;
import dev.rapport.interaction.InteractionCommand;
import dev.rapport.interaction.InteractionKind;
import dev.rapport.interaction.InteractionService;
import dev.rapport.support.ContactMother;
import dev.rapport.support.TestClock;
import dev.rapport.support.TestUsers;
import dev.rapport.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A contact page's score and chart come from the stored state and the last year's rows
 * ({@link ScoringService#contactScoreOf}); here they are compared with the pure scorer
 * over every row ({@link Scorer#score(java.util.Collection, LocalDate, LocalDate)} and a
 * reading per chart day) on random histories: short and long, old and new, with planned
 * rows, same-day rows and "known since" dates, on the test profile's today and on later
 * days.
 */
@WebIntegrationTest
class ContactScoreTests {

	static final LocalDate TODAY = TestClock.TODAY;

	static final int WEEKS = 52;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	@Autowired
	InteractionService interactions;

	@Autowired
	ScoringService scoring;

	@Autowired
	Scorer scorer;

	@Autowired
	ScoringProperties properties;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theStoredPathGivesTheScoreAndChartOfEveryRowOnRandomHistories() {
		AccountPrincipal owner = TestUsers.signUp(this.accounts, "Paths");
		Random random = new Random(11);
		List<Long> people = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			long contact = this.contacts.create(owner.id(), ContactMother.named("Person" + i, "Random"));
			people.add(contact);
			insertHistory(owner.id(), contact, random, i);
		}
		this.scoring.recomputeAll(owner.id());
		// A few changes through the service too, so some states are patched ones of the
		// cached day.
		this.scoring.readingsOf(owner.id(), TODAY);
		for (int i = 0; i < 10; i++) {
			long contact = people.get(random.nextInt(people.size()));
			this.interactions.log(owner.id(), new InteractionCommand(TODAY.minusDays(random.nextInt(400)),
					randomKind(random), randomDirection(random), List.of(contact), null, null, null), TODAY);
		}

		for (LocalDate today : List.of(TODAY, TODAY.plusDays(1), TODAY.plusDays(45), TODAY.plusDays(400))) {
			for (long contact : people) {
				assertSamePaths(owner.id(), contact, today);
			}
		}
	}

	@Test
	void aContactWithoutHistoryHasNoScoreAndAnEmptyChart() {
		AccountPrincipal owner = TestUsers.signUp(this.accounts, "Empty");
		long contact = this.contacts.create(owner.id(), ContactMother.named("Nobody", "Yet"));

		ScoringService.ContactScore score = this.scoring.contactScoreOf(owner.id(), contact, TODAY, WEEKS);

		assertThat(score.score().hasHistory()).isFalse();
		assertThat(score.history()).hasSize(WEEKS + 1).allSatisfy(point -> assertThat(point.depth()).isNull());
	}

	private void assertSamePaths(long ownerId, long contactId, LocalDate today) {
		List<ScoredInteraction> rows = this.interactions.rowsOf(ownerId, List.of(contactId))
			.stream()
			.map(row -> new ScoredInteraction(row.date(), row.kind(), row.direction()))
			.toList();
		LocalDate knownSince = this.contacts.knownSinceDates(ownerId, List.of(contactId)).get(contactId);
		RelationshipScore expected = this.scorer.score(rows, knownSince, today);
		ScoringService.ContactScore actual = this.scoring.contactScoreOf(ownerId, contactId, today, WEEKS);
		String what = "contact " + contactId + " (" + rows.size() + " rows) on " + today;

		assertThat(actual.score().tier()).as("tier of %s", what).isEqualTo(expected.tier());
		if (!expected.hasHistory()) {
			assertThat(actual.score().hasHistory()).as(what).isFalse();
		}
		else {
			assertThat(actual.score().depth()).as("S of %s", what).isCloseTo(expected.depth(), within(1e-9));
			assertThat(actual.score().bond()).as("B of %s", what).isCloseTo(expected.bond(), within(1e-9));
			assertSameFacts(expected.facts(), actual.score().facts(), what);
			assertThat(this.scoring.explain(actual.score())).as("sentence of %s", what)
				.isEqualTo(this.scoring.explain(expected));
		}
		assertThat(actual.history()).as("chart of %s", what).hasSize(WEEKS + 1);
		for (int week = 0; week <= WEEKS; week++) {
			LocalDate day = today.minusWeeks(WEEKS - week);
			Double depth = this.scorer.readingOn(rows, knownSince, day).depth();
			ScorePoint point = actual.history().get(week);
			assertThat(point.day()).isEqualTo(day);
			if (depth == null) {
				assertThat(point.depth()).as("chart of %s on %s", what, day).isNull();
			}
			else {
				assertThat(point.depth()).as("chart of %s on %s", what, day).isCloseTo(depth, within(1e-6));
			}
		}
	}

	private void assertSameFacts(ScoreFacts expected, ScoreFacts actual, String what) {
		assertThat(actual.richest().day()).as("richest day of %s", what).isEqualTo(expected.richest().day());
		// Kinds of equal weight on the same day tie; any of them is the richest.
		assertThat(this.properties.weights().of(actual.richest().kind())).as("richest kind of %s", what)
			.isEqualTo(this.properties.weights().of(expected.richest().kind()));
		assertThat(actual.recentContacts()).as(what).isEqualTo(expected.recentContacts());
		assertThat(actual.recentLiveContacts()).as(what).isEqualTo(expected.recentLiveContacts());
		assertThat(actual.startedByMe()).as(what).isEqualTo(expected.startedByMe());
		assertThat(actual.startedByThem()).as(what).isEqualTo(expected.startedByThem());
		// Exact below the reciprocity threshold, which is all the day count decides.
		int threshold = this.properties.explanation().minInteractionDaysForReciprocity();
		if (expected.interactionDays() < threshold) {
			assertThat(actual.interactionDays()).as(what).isEqualTo(expected.interactionDays());
		}
		else {
			assertThat(actual.interactionDays()).as(what).isBetween(threshold, expected.interactionDays());
		}
		assertThat(actual.lastDay()).as(what).isEqualTo(expected.lastDay());
		assertThat(actual.lastLiveDay()).as(what).isEqualTo(expected.lastLiveDay());
		assertThat(actual.modifier().getClass()).as("modifier of %s", what).isEqualTo(expected.modifier().getClass());
		assertThat(pointsOf(actual.modifier())).as("modifier of %s", what)
			.isCloseTo(pointsOf(expected.modifier()), within(1e-6));
	}

	private static double pointsOf(Modifier modifier) {
		if (modifier instanceof Modifier.OneSided oneSided) {
			return oneSided.points();
		}
		if (modifier instanceof Modifier.StillNew stillNew) {
			return stillNew.points();
		}
		if (modifier instanceof Modifier.HelpingEachOther helping) {
			return helping.points();
		}
		return 0;
	}

	/**
	 * Histories of every shape: none, one row, a few, a long busy one, one that stopped
	 * years ago (the richest and the day count then come from the older rows), with
	 * planned rows, many rows on one day, and sometimes a "known since" date.
	 */
	private void insertHistory(long ownerId, long contactId, Random random, int index) {
		int shape = index % 8;
		int count = switch (shape) {
			case 0 -> 0;
			case 1 -> 1;
			case 2 -> 3 + random.nextInt(5);
			case 3 -> 400 + random.nextInt(400);
			default -> 10 + random.nextInt(60);
		};
		Timestamp now = Timestamp.valueOf(TODAY.atTime(10, 0));
		for (int i = 0; i < count; i++) {
			int daysAgo = switch (shape) {
				case 4 -> 380 + random.nextInt(1500); // stopped more than a year ago
				case 5 -> random.nextInt(10) - 3; // all recent, some planned, many on a
													// day
				case 6 -> random.nextBoolean() ? 360 + random.nextInt(12) : random.nextInt(2000); // around
																									// the
																									// window's
																									// edge
				default -> random.nextInt(20) == 0 ? -1 - random.nextInt(90) : random.nextInt(1900);
			};
			KeyHolder key = new GeneratedKeyHolder();
			Date day = Date.valueOf(TODAY.minusDays(daysAgo));
			String kind = randomKind(random).name();
			String direction = randomDirection(random).name();
			this.jdbc.update(connection -> {
				PreparedStatement insert = connection.prepareStatement(
						"insert into interaction (owner_id, occurred_on, kind, direction, created_at) values (?, ?, ?, ?, ?)",
						new String[] { "id" });
				insert.setLong(1, ownerId);
				insert.setDate(2, day);
				insert.setString(3, kind);
				insert.setString(4, direction);
				insert.setTimestamp(5, now);
				return insert;
			}, key);
			this.jdbc.update(
					"insert into interaction_participant (interaction_id, contact_id, occurred_on, kind, direction) values (?, ?, ?, ?, ?)",
					key.getKey().longValue(), contactId, day, kind, direction);
		}
		if (random.nextInt(3) == 0) {
			this.jdbc.update("update contact set known_since = ? where id = ?",
					Date.valueOf(TODAY.minusDays(random.nextInt(2500))), contactId);
		}
	}

	private static InteractionKind randomKind(Random random) {
		return InteractionKind.values()[random.nextInt(InteractionKind.values().length)];
	}

	private static Direction randomDirection(Random random) {
		return Direction.values()[random.nextInt(Direction.values().length)];
	}

}
