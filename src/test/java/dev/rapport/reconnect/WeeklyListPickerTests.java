package dev.rapport.reconnect;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import dev.rapport.interaction.Direction;
import dev.rapport.interaction.InteractionKind;
import dev.rapport.scoring.ScoreReading;
import dev.rapport.scoring.ScoredInteraction;
import dev.rapport.scoring.Scorer;
import dev.rapport.scoring.ScoringProperties;
import dev.rapport.reconnect.WeeklyListPicker.Candidate;
import dev.rapport.reconnect.WeeklyListPicker.Pick;
import dev.rapport.support.TestClock;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WeeklyListPickerTests {

	static final LocalDate TODAY = TestClock.TODAY;

	static final ScoringProperties PROPERTIES = ScoringProperties.defaults();

	/** The reference scorer: a candidate's reading is what it says about the rows. */
	static final Scorer SCORER = new Scorer(PROPERTIES);

	final ScoringProperties properties = PROPERTIES;

	final WeeklyListPicker picker = new WeeklyListPicker(SCORER, this.properties);

	@Test
	void suggestsAMonthlyFriendWhenTheyAreWellPastTheirRhythm() {
		List<Pick> picks = this.picker.pick(List.of(candidate(1, monthlyCallsEndingDaysAgo(95))), TODAY);

		assertThat(picks).singleElement().satisfies(pick -> {
			assertThat(pick.bucket()).isEqualTo(SuggestionBucket.KEEP_WARM);
			assertThat(pick.reason().overdue()).isGreaterThan(2.5);
			assertThat(pick.reason().cadenceDays()).isBetween(29.0, 31.0);
		});
	}

	@Test
	void leavesAFriendAloneWithinTheirRhythm() {
		assertThat(this.picker.pick(List.of(candidate(1, monthlyCallsEndingDaysAgo(10))), TODAY)).isEmpty();
	}

	@Test
	void owesAReplyWhenTheyReachedOutLastAndNothingCameBack() {
		List<ScoredInteraction> rows = monthlyCallsEndingDaysAgo(20);
		rows.add(row(5, InteractionKind.MESSAGE, Direction.THEM));

		assertThat(this.picker.pick(List.of(candidate(1, rows)), TODAY)).singleElement().satisfies(pick -> {
			assertThat(pick.bucket()).isEqualTo(SuggestionBucket.OWED_REPLY);
			assertThat(pick.reason().daysSinceTheirs()).isEqualTo(5);
		});
	}

	@Test
	void noReplyIsOwedOnceIAnsweredOnOrAfterTheirMessage() {
		List<ScoredInteraction> rows = monthlyCallsEndingDaysAgo(20);
		rows.add(row(5, InteractionKind.MESSAGE, Direction.THEM));
		rows.add(row(5, InteractionKind.MESSAGE, Direction.ME));

		assertThat(this.picker.pick(List.of(candidate(1, rows)), TODAY)).isEmpty();
	}

	@Test
	void noReplyIsOwedForAMessageOlderThanNinetyDays() {
		List<ScoredInteraction> rows = new ArrayList<>(monthlyCallsEndingDaysAgo(120));
		rows.add(row(91, InteractionKind.MESSAGE, Direction.THEM));

		assertThat(this.picker.pick(List.of(candidate(1, rows)), TODAY))
			.allSatisfy(pick -> assertThat(pick.bucket()).isNotEqualTo(SuggestionBucket.OWED_REPLY));
	}

	@Test
	void capsOwedRepliesAtThreeAndTheWholeListAtSeven() {
		List<Candidate> candidates = new ArrayList<>();
		for (long id = 1; id <= 5; id++) {
			List<ScoredInteraction> rows = monthlyCallsEndingDaysAgo(15);
			rows.add(row(3, InteractionKind.MESSAGE, Direction.THEM));
			candidates.add(candidate(id, rows));
		}
		for (long id = 10; id <= 20; id++) {
			candidates.add(candidate(id, monthlyCallsEndingDaysAgo(60 + id)));
		}
		for (long id = 30; id <= 33; id++) {
			candidates.add(candidate(id, monthlyCallsEndingDaysAgo(700)));
		}

		List<Pick> picks = this.picker.pick(candidates, TODAY);

		assertThat(picks).hasSize(7);
		assertThat(picks).extracting(Pick::bucket)
			.containsExactly(SuggestionBucket.OWED_REPLY, SuggestionBucket.OWED_REPLY, SuggestionBucket.OWED_REPLY,
					SuggestionBucket.KEEP_WARM, SuggestionBucket.KEEP_WARM, SuggestionBucket.REKINDLE,
					SuggestionBucket.REKINDLE);
		assertThat(picks).extracting(Pick::rank).containsExactly(1, 2, 3, 4, 5, 6, 7);
	}

	@Test
	void keepWarmFillsTheSlotsRekindleDoesNotNeed() {
		List<Candidate> candidates = new ArrayList<>();
		for (long id = 10; id <= 20; id++) {
			candidates.add(candidate(id, monthlyCallsEndingDaysAgo(60 + id)));
		}
		List<Pick> picks = this.picker.pick(candidates, TODAY);

		assertThat(picks).hasSize(7)
			.allSatisfy(pick -> assertThat(pick.bucket()).isEqualTo(SuggestionBucket.KEEP_WARM));
	}

	@Test
	void ranksKeepWarmByBondAndHowOverdue() {
		List<Candidate> candidates = List.of(candidate(1, monthlyCallsEndingDaysAgo(40)),
				candidate(2, monthlyCallsEndingDaysAgo(120)), candidate(3, weeklyCallsEndingDaysAgo(30)));

		List<Pick> picks = this.picker.pick(candidates, TODAY);

		assertThat(picks).extracting(Pick::contactId).containsExactly(3L, 2L, 1L);
		assertThat(picks).extracting(Pick::priority).isSortedAccordingTo((a, b) -> Double.compare(b, a));
	}

	@Test
	void ranksRekindleByTheBondOnTheDayOfTheLastInteraction() {
		List<ScoredInteraction> deep = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			deep.add(row(600 + 7L * i, InteractionKind.MEAL, Direction.MUTUAL));
		}
		List<ScoredInteraction> shallow = List.of(row(600, InteractionKind.EMAIL, Direction.ME));
		List<ScoredInteraction> middling = monthlyCallsEndingDaysAgo(650);

		List<Pick> picks = this.picker.pick(List.of(candidate(1, shallow), candidate(2, deep), candidate(3, middling)),
				TODAY);

		assertThat(picks).extracting(Pick::contactId).containsExactly(2L, 3L);
		assertThat(picks).allSatisfy(pick -> assertThat(pick.bucket()).isEqualTo(SuggestionBucket.REKINDLE));
	}

	@Test
	void neverSuggestsNoHistoryPlannedDontSuggestOrRecentNotNow() {
		List<ScoredInteraction> planned = monthlyCallsEndingDaysAgo(95);
		planned.add(row(-3, InteractionKind.COFFEE, Direction.ME));
		List<Candidate> candidates = List.of(candidate(1, List.of()), candidate(2, planned),
				new Candidate(3, monthlyCallsEndingDaysAgo(95), null, false, null,
						readingOf(monthlyCallsEndingDaysAgo(95))),
				new Candidate(4, monthlyCallsEndingDaysAgo(95), null, true, TODAY.minusDays(27),
						readingOf(monthlyCallsEndingDaysAgo(95))),
				new Candidate(5, monthlyCallsEndingDaysAgo(95), null, true, TODAY.minusDays(28),
						readingOf(monthlyCallsEndingDaysAgo(95))));

		assertThat(this.picker.pick(candidates, TODAY)).extracting(Pick::contactId).containsExactly(5L);
	}

	@Test
	void halvesAfterTwoUnansweredAndDropsAtFour() {
		List<ScoredInteraction> twoUnanswered = monthlyCallsEndingDaysAgo(100);
		twoUnanswered.add(row(95, InteractionKind.MESSAGE, Direction.ME));
		twoUnanswered.add(row(90, InteractionKind.MESSAGE, Direction.ME));
		List<ScoredInteraction> fourUnanswered = new ArrayList<>(twoUnanswered);
		fourUnanswered.add(row(88, InteractionKind.MESSAGE, Direction.ME));
		fourUnanswered.add(row(86, InteractionKind.MESSAGE, Direction.ME));
		List<ScoredInteraction> answered = new ArrayList<>(twoUnanswered);
		answered.add(row(90, InteractionKind.MESSAGE, Direction.THEM));

		assertThat(WeeklyListPicker.unansweredRun(twoUnanswered)).isEqualTo(2);
		assertThat(WeeklyListPicker.unansweredRun(answered)).isZero();
		assertThat(this.picker.pick(List.of(candidate(1, fourUnanswered)), TODAY)).isEmpty();
		Pick halved = this.picker.pick(List.of(candidate(1, twoUnanswered)), TODAY).get(0);
		Pick full = this.picker.pick(List.of(candidate(1, answered)), TODAY).get(0);
		assertThat(halved.priority()).isLessThan(full.priority() * 0.6);
	}

	@Test
	void favoursUnreturnedRaiseThePriority() {
		List<ScoredInteraction> plain = monthlyCallsEndingDaysAgo(100);
		plain.add(row(150, InteractionKind.FAVOUR, Direction.MUTUAL));
		List<ScoredInteraction> theyGave = monthlyCallsEndingDaysAgo(100);
		theyGave.add(row(150, InteractionKind.FAVOUR, Direction.THEM));
		theyGave.add(row(150, InteractionKind.FAVOUR, Direction.ME));
		List<ScoredInteraction> theyGaveLater = monthlyCallsEndingDaysAgo(100);
		theyGaveLater.add(row(160, InteractionKind.FAVOUR, Direction.ME));
		theyGaveLater.add(row(150, InteractionKind.FAVOUR, Direction.THEM));

		Pick returned = this.picker.pick(List.of(candidate(1, theyGave)), TODAY).get(0);
		Pick unreturned = this.picker.pick(List.of(candidate(1, theyGaveLater)), TODAY).get(0);
		assertThat(unreturned.priority() / returned.priority()).isGreaterThan(1.1);
		assertThat(this.picker.pick(List.of(candidate(1, plain)), TODAY)).hasSize(1);
	}

	@Test
	void picksTheSameListFromTheSameRowsWhateverTheirOrder() {
		List<Candidate> candidates = new ArrayList<>();
		for (long id = 1; id <= 12; id++) {
			candidates.add(candidate(id, monthlyCallsEndingDaysAgo(90)));
		}
		List<Candidate> reversed = new ArrayList<>(candidates);
		Collections.reverse(reversed);

		assertThat(this.picker.pick(reversed, TODAY)).isEqualTo(this.picker.pick(candidates, TODAY));
		assertThat(this.picker.pick(candidates, TODAY)).extracting(Pick::contactId)
			.containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
	}

	/**
	 * The picker takes today's reading from the scoring read API, which serves stored
	 * states anchored before today and carried forward. On random networks, readings
	 * carried forward that way and readings computed from the rows on the day give the
	 * same list.
	 */
	@Test
	void storedReadingsAndReadingsFromTheRowsPickTheSameList() {
		Random random = new Random(11);
		for (int network = 0; network < 200; network++) {
			List<Candidate> fromRows = new ArrayList<>();
			List<Candidate> stored = new ArrayList<>();
			int anchorDaysAgo = 1 + random.nextInt(6);
			for (long id = 1; id <= 15; id++) {
				List<ScoredInteraction> rows = new ArrayList<>();
				int count = random.nextInt(25);
				for (int i = 0; i < count; i++) {
					rows.add(row(anchorDaysAgo + random.nextInt(900),
							InteractionKind.values()[random.nextInt(InteractionKind.values().length)],
							Direction.values()[random.nextInt(Direction.values().length)]));
				}
				LocalDate knownSince = random.nextBoolean() ? null : TODAY.minusDays(random.nextInt(2000));
				fromRows
					.add(new Candidate(id, rows, knownSince, true, null, SCORER.readingOn(rows, knownSince, TODAY)));
				stored.add(new Candidate(id, rows, knownSince, true, null,
						SCORER.stateOf(rows, knownSince, TODAY.minusDays(anchorDaysAgo)).scoreOn(TODAY)));
			}
			assertThat(this.picker.pick(stored, TODAY)).extracting(Pick::contactId, Pick::bucket, Pick::rank)
				.isEqualTo(this.picker.pick(fromRows, TODAY)
					.stream()
					.map(pick -> Tuple.tuple(pick.contactId(), pick.bucket(), pick.rank()))
					.toList());
		}
	}

	static Candidate candidate(long id, List<ScoredInteraction> rows) {
		return new Candidate(id, rows, null, true, null, readingOf(rows));
	}

	static ScoreReading readingOf(List<ScoredInteraction> rows) {
		return SCORER.readingOn(rows, null, TODAY);
	}

	static ScoredInteraction row(long daysAgo, InteractionKind kind, Direction direction) {
		return new ScoredInteraction(TODAY.minusDays(daysAgo), kind, direction);
	}

	/** Two years of a mutual call every 30 days, the last one {@code daysAgo}. */
	static List<ScoredInteraction> monthlyCallsEndingDaysAgo(long daysAgo) {
		List<ScoredInteraction> rows = new ArrayList<>();
		for (int i = 0; i < 24; i++) {
			rows.add(row(daysAgo + 30L * i, InteractionKind.CALL, Direction.MUTUAL));
		}
		return rows;
	}

	static List<ScoredInteraction> weeklyCallsEndingDaysAgo(long daysAgo) {
		List<ScoredInteraction> rows = new ArrayList<>();
		for (int i = 0; i < 104; i++) {
			rows.add(row(daysAgo + 7L * i, InteractionKind.CALL, Direction.MUTUAL));
		}
		return rows;
	}

}
