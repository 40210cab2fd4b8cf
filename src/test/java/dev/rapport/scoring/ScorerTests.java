package dev.rapport.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import dev.rapport.interaction.Direction;
import dev.rapport.interaction.InteractionKind;
import org.junit.jupiter.api.Test;

import static dev.rapport.interaction.InteractionKind.CALL;
import static dev.rapport.interaction.InteractionKind.COFFEE;
import static dev.rapport.interaction.InteractionKind.EMAIL;
import static dev.rapport.interaction.InteractionKind.MEAL;
import static dev.rapport.interaction.InteractionKind.MESSAGE;
import static dev.rapport.scoring.Interactions.PROPERTIES;
import static dev.rapport.scoring.Interactions.TODAY;
import static dev.rapport.scoring.Interactions.byThem;
import static dev.rapport.scoring.Interactions.callsEvery;
import static dev.rapport.scoring.Interactions.daysAgo;
import static dev.rapport.scoring.Interactions.every;
import static dev.rapport.scoring.Interactions.mutual;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The orderings of docs/scoring.md that every correct implementation satisfies; S unless
 * B is named.
 */
class ScorerTests {

	private final Scorer scorer = new Scorer(PROPERTIES);

	private ScoreReading readingOf(List<ScoredInteraction> rows) {
		return this.scorer.readingOn(rows, null, TODAY);
	}

	private double depthOf(List<ScoredInteraction> rows) {
		return readingOf(rows).depth();
	}

	private double bondOf(List<ScoredInteraction> rows) {
		return readingOf(rows).bond();
	}

	@Test
	void coffeeSevenDaysAgoOutranksEmailSevenDaysAgo() {
		List<ScoredInteraction> coffee = List.of(mutual(COFFEE, daysAgo(7)));
		List<ScoredInteraction> email = List.of(mutual(EMAIL, daysAgo(7)));

		assertThat(depthOf(coffee)).isGreaterThan(depthOf(email));
		assertThat(bondOf(coffee)).isGreaterThan(bondOf(email));
	}

	@Test
	void richerKindsOutrankPoorerOnesOnTheSameDay() {
		List<InteractionKind> richestFirst = List.of(MEAL, COFFEE, InteractionKind.MEETING, InteractionKind.VIDEO, CALL,
				MESSAGE, EMAIL, InteractionKind.SOCIAL);

		List<Double> depths = richestFirst.stream().map(kind -> depthOf(List.of(mutual(kind, TODAY)))).toList();
		List<Double> bonds = richestFirst.stream().map(kind -> bondOf(List.of(mutual(kind, TODAY)))).toList();

		assertThat(depths).isSortedAccordingTo(Comparator.reverseOrder()).doesNotHaveDuplicates();
		assertThat(bonds).isSortedAccordingTo(Comparator.reverseOrder()).doesNotHaveDuplicates();
	}

	/**
	 * B, the slow score, still prefers the thirty old emails: that is what a 365-day
	 * clock means.
	 */
	@Test
	void oneRecentCallOutranksThirtyEmailsThreeYearsAgo() {
		List<ScoredInteraction> call = List.of(mutual(CALL, daysAgo(30)));
		List<ScoredInteraction> emails = every(1, 30, EMAIL, Direction.MUTUAL, daysAgo(3 * 365));

		assertThat(depthOf(call)).isGreaterThan(depthOf(emails));
	}

	@Test
	void theSameCallCountsLessTheOlderItIs() {
		List<Double> depths = List.of(10, 100, 1000)
			.stream()
			.map(age -> depthOf(List.of(mutual(CALL, daysAgo(age)))))
			.toList();

		assertThat(depths).isSortedAccordingTo(Comparator.reverseOrder()).doesNotHaveDuplicates();
	}

	/**
	 * B rises while a new contact's tenure ramps up, so its ordering holds for a contact
	 * known for years.
	 */
	@Test
	void theSameCallBondsLessTheOlderItIsForALongKnownContact() {
		LocalDate knownSince = daysAgo(3000);
		List<Double> bonds = List.of(10, 100, 1000)
			.stream()
			.map(age -> this.scorer.readingOn(List.of(mutual(CALL, daysAgo(age))), knownSince, TODAY).bond())
			.toList();

		assertThat(bonds).isSortedAccordingTo(Comparator.reverseOrder()).doesNotHaveDuplicates();
	}

	@Test
	void oneSidedCallsScoreBelowSharedOnesByAtMostTenPoints() {
		List<ScoredInteraction> allMine = every(7, 10, CALL, Direction.ME, TODAY);
		List<ScoredInteraction> shared = new ArrayList<>();
		for (int i = 0; i < allMine.size(); i++) {
			ScoredInteraction call = allMine.get(i);
			shared.add((i % 2 == 0) ? call : byThem(CALL, call.day()));
		}

		assertThat(depthOf(allMine)).isLessThan(depthOf(shared)).isGreaterThanOrEqualTo(depthOf(shared) - 10);
		assertThat(bondOf(allMine)).isLessThan(bondOf(shared)).isGreaterThanOrEqualTo(bondOf(shared) - 10);
	}

	@Test
	void allMineAndAllTheirsHaveEqualDepth() {
		List<ScoredInteraction> allMine = every(9, 20, MESSAGE, Direction.ME, TODAY);
		List<ScoredInteraction> allTheirs = every(9, 20, MESSAGE, Direction.THEM, TODAY);

		assertThat(depthOf(allMine)).isCloseTo(depthOf(allTheirs), within(1e-9));
		assertThat(bondOf(allMine)).isCloseTo(bondOf(allTheirs), within(1e-9));
	}

	@Test
	void fiftyMessagesInOneDayCountLessThanOneCoffee() {
		List<ScoredInteraction> messages = every(0, 50, MESSAGE, Direction.MUTUAL, TODAY);

		assertThat(depthOf(messages)).isLessThan(depthOf(List.of(mutual(COFFEE, TODAY))));
	}

	@Test
	void messagesSpreadOverDaysCountMoreThanOnOneDay() {
		List<ScoredInteraction> oneDay = every(0, 5, MESSAGE, Direction.MUTUAL, TODAY);
		List<ScoredInteraction> fiveDays = every(1, 5, MESSAGE, Direction.MUTUAL, TODAY);

		assertThat(depthOf(oneDay)).isLessThan(depthOf(fiveDays));
	}

	@Test
	void addingAnyPastInteractionNeverLowersTheScores() {
		Random random = new Random(20260302);
		for (int i = 0; i < 3000; i++) {
			List<ScoredInteraction> rows = Interactions.randomHistory(random, TODAY, 12);
			LocalDate knownSince = random.nextBoolean() ? daysAgo(random.nextInt(2000)) : null;
			ScoreReading before = this.scorer.readingOn(rows, knownSince, TODAY);
			List<ScoredInteraction> more = new ArrayList<>(rows);
			more.add(Interactions.random(random, TODAY.minusDays(1), 1 + random.nextInt(1500)));
			ScoreReading after = this.scorer.readingOn(more, knownSince, TODAY);

			if (before.hasHistory()) {
				assertThat(after.depth()).as("S after adding to %s", rows)
					.isGreaterThanOrEqualTo(before.depth() - 1e-9);
				assertThat(after.bond()).as("B after adding to %s", rows).isGreaterThanOrEqualTo(before.bond() - 1e-9);
			}
		}
	}

	@Test
	void depthNeverRisesAsDaysPassWithoutInteractions() {
		Random random = new Random(7);
		for (int i = 0; i < 2000; i++) {
			List<ScoredInteraction> rows = Interactions.randomHistory(random, TODAY, 12);
			LocalDate later = TODAY.plusDays(1 + random.nextInt(400));
			List<ScoredInteraction> past = rows.stream().filter(row -> !row.isPlannedOn(TODAY)).toList();
			ScoreReading now = readingOf(past);
			ScoreReading then = this.scorer.readingOn(past, null, later);

			if (now.hasHistory()) {
				assertThat(then.depth()).as("S of %s on %s", past, later).isLessThanOrEqualTo(now.depth() + 1e-9);
			}
		}
	}

	/**
	 * While tenure ramps up (the first 180 days) B can rise; once tenure is full, time
	 * only decays.
	 */
	@Test
	void bondNeverRisesAsDaysPassOnceTenureIsFull() {
		Random random = new Random(11);
		for (int i = 0; i < 2000; i++) {
			List<ScoredInteraction> past = Interactions.randomHistory(random, TODAY, 12)
				.stream()
				.filter(row -> !row.isPlannedOn(TODAY))
				.toList();
			LocalDate knownSince = daysAgo(180 + random.nextInt(1000));
			LocalDate later = TODAY.plusDays(1 + random.nextInt(400));
			ScoreReading now = this.scorer.readingOn(past, knownSince, TODAY);
			ScoreReading then = this.scorer.readingOn(past, knownSince, later);

			if (now.hasHistory()) {
				assertThat(then.bond()).as("B of %s on %s", past, later).isLessThanOrEqualTo(now.bond() + 1e-9);
			}
		}
	}

	@Test
	void callsAtEachTiersCadenceKeepThatTierOnEveryDayOfTheCycle() {
		assertTierEveryDay(7, Tier.INNER_CIRCLE);
		assertTierEveryDay(30, Tier.CLOSE);
		assertTierEveryDay(90, Tier.ACTIVE);
		assertTierEveryDay(365, Tier.ACQUAINTANCE);
	}

	private void assertTierEveryDay(int periodDays, Tier tier) {
		List<ScoredInteraction> calls = callsEvery(periodDays, 6, TODAY);
		for (int day = 0; day < periodDays; day++) {
			LocalDate on = TODAY.plusDays(day);
			assertThat(this.scorer.readingOn(calls, null, on).tier())
				.as("calls every %d days, %d days after the last", periodDays, day)
				.isEqualTo(tier);
		}
	}

	/**
	 * Walks every day of six years: the five of weekly emails and the year after them.
	 */
	@Test
	void weeklyEmailsAloneNeverPassActive() {
		List<ScoredInteraction> emails = every(7, 5 * 52, EMAIL, Direction.MUTUAL, TODAY);
		LocalDate first = emails.get(0).day();
		for (LocalDate day = first; !day.isAfter(TODAY.plusDays(365)); day = day.plusDays(1)) {
			assertThat(this.scorer.readingOn(emails, null, day).tier()).as("on %s", day)
				.isIn(Tier.ACTIVE, Tier.ACQUAINTANCE);
		}
	}

	@Test
	void oneDinnerYesterdayIsAnAcquaintance() {
		assertThat(readingOf(List.of(mutual(MEAL, daysAgo(1)))).tier()).isEqualTo(Tier.ACQUAINTANCE);
	}

	@Test
	void fiveHundredMealsThenTwoYearsOfSilenceIsDormant() {
		List<ScoredInteraction> meals = every(2, 500, MEAL, Direction.MUTUAL, daysAgo(2 * 365));

		assertThat(readingOf(meals).tier()).isEqualTo(Tier.DORMANT);
	}

	@Test
	void noHistorySortsAfterAnyHistoryAndHasNoScore() {
		ScoreReading dormant = readingOf(List.of(mutual(InteractionKind.SOCIAL, daysAgo(3000))));
		ScoreReading acquaintance = readingOf(List.of(mutual(EMAIL, daysAgo(400))));
		ScoreReading none = readingOf(List.of());

		List<ScoreReading> listed = new ArrayList<>(List.of(none, dormant, acquaintance));
		listed.sort(ScoreReading.LIST_ORDER);

		assertThat(listed).containsExactly(acquaintance, dormant, none);
		assertThat(none.depth()).isNull();
		assertThat(none.bond()).isNull();
		assertThat(none.tier().hasHistory()).isFalse();
	}

}
