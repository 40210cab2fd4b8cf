package dev.rapport.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static dev.rapport.interaction.InteractionKind.CALL;
import static dev.rapport.interaction.InteractionKind.MEAL;
import static dev.rapport.interaction.InteractionKind.MESSAGE;
import static dev.rapport.scoring.Interactions.PROPERTIES;
import static dev.rapport.scoring.Interactions.TODAY;
import static dev.rapport.scoring.Interactions.daysAgo;
import static dev.rapport.scoring.Interactions.mutual;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.within;

class ScoreStateTests {

	private final Scorer scorer = new Scorer(PROPERTIES);

	@Test
	void readsTheFullRecomputeOnAnyLaterDay() {
		List<ScoredInteraction> rows = List.of(mutual(MEAL, daysAgo(40)), mutual(CALL, daysAgo(3)),
				mutual(MESSAGE, daysAgo(3)));
		ScoreState state = ScoreState.fromRows(rows, null, TODAY, PROPERTIES);

		for (int days = 0; days < 800; days += 37) {
			LocalDate day = TODAY.plusDays(days);
			assertSameScores(state.scoreOn(day), this.scorer.readingOn(rows, null, day));
		}
	}

	@Test
	void withoutRowsReadsNoHistory() {
		ScoreState state = ScoreState.fromRows(List.of(), daysAgo(300), TODAY, PROPERTIES);

		assertThat(state.scoreOn(TODAY)).isEqualTo(ScoreReading.noHistory());
	}

	@Test
	void cannotBeReadBeforeItsAnchor() {
		ScoreState state = ScoreState.fromRows(List.of(mutual(CALL, daysAgo(3))), null, TODAY, PROPERTIES);

		assertThat(state.isReadableOn(TODAY.minusDays(1))).isFalse();
		assertThatIllegalStateException().isThrownBy(() -> state.scoreOn(TODAY.minusDays(1)));
	}

	@Test
	void aPlannedInteractionStopsReadsFromItsDay() {
		List<ScoredInteraction> rows = List.of(mutual(CALL, daysAgo(3)), mutual(MEAL, TODAY.plusDays(10)));
		ScoreState state = ScoreState.fromRows(rows, null, TODAY, PROPERTIES);

		assertThat(state.nextPlannedDay()).contains(TODAY.plusDays(10));
		assertThat(state.isReadableOn(TODAY.plusDays(9))).isTrue();
		assertThatIllegalStateException().isThrownBy(() -> state.scoreOn(TODAY.plusDays(10)));

		ScoreState rebuilt = ScoreState.fromRows(rows, null, TODAY.plusDays(12), PROPERTIES);

		assertThat(rebuilt.nextPlannedDay()).isEmpty();
		assertSameScores(rebuilt.scoreOn(TODAY.plusDays(12)), this.scorer.readingOn(rows, null, TODAY.plusDays(12)));
	}

	/**
	 * Logging folds the new row into the state without the other rows when it is planned
	 * as of the anchor or newer than every counted row: the result must be the state of
	 * every row bit for bit (what logging stores), and an older row must not fold.
	 */
	@Test
	void foldingTheNewestRowGivesExactlyTheStateOfEveryRow() {
		Random random = new Random(7);
		int folded = 0;
		for (int history = 0; history < 2000; history++) {
			List<ScoredInteraction> rows = new ArrayList<>(Interactions.randomHistory(random, TODAY, 30));
			LocalDate knownSince = random.nextBoolean() ? daysAgo(random.nextInt(1500)) : null;
			ScoreState state = this.scorer.stateOf(rows, knownSince, TODAY);
			ScoredInteraction row = Interactions.random(random, TODAY, 1 + random.nextInt(1500));
			List<ScoredInteraction> all = new ArrayList<>(rows);
			all.add(row);
			ScoreState expected = this.scorer.stateOf(all, knownSince, TODAY);

			Optional<ScoreState> fold = state.withNewest(row);

			boolean newest = row.isPlannedOn(TODAY) || state.lastDay() == null || row.day().isAfter(state.lastDay());
			assertThat(fold.isPresent()).as("folds %s onto a history ending %s", row, state.lastDay())
				.isEqualTo(newest);
			if (fold.isPresent()) {
				folded++;
				assertThat(fold.get().sums()).isEqualTo(expected.sums());
				assertThat(fold.get().firstDay()).isEqualTo(expected.firstDay());
				assertThat(fold.get().lastDay()).isEqualTo(expected.lastDay());
				assertThat(fold.get().lastLiveDay()).isEqualTo(expected.lastLiveDay());
				assertThat(fold.get().nextPlannedDay()).isEqualTo(expected.nextPlannedDay());
				assertThat(fold.get().knownSince()).isEqualTo(knownSince);
			}
		}
		assertThat(folded).isGreaterThan(100);
	}

	/**
	 * A state whose planned rows came due is rolled forward from those rows alone: it
	 * reads as the state of every row built on that day.
	 */
	@Test
	void rollingForwardFromTheRowsAfterTheAnchorReadsAsTheStateOfEveryRow() {
		Random random = new Random(8);
		for (int history = 0; history < 2000; history++) {
			List<ScoredInteraction> rows = Interactions.randomHistory(random, TODAY, 30);
			LocalDate knownSince = random.nextBoolean() ? daysAgo(random.nextInt(1500)) : null;
			ScoreState state = this.scorer.stateOf(rows, knownSince, TODAY);
			LocalDate day = TODAY.plusDays(random.nextInt(120));
			List<ScoredInteraction> afterAnchor = rows.stream().filter(row -> row.isPlannedOn(TODAY)).toList();

			ScoreState rolled = state.rolledTo(day, afterAnchor);

			ScoreState expected = this.scorer.stateOf(rows, knownSince, day);
			assertThat(rolled.anchor()).isEqualTo(day);
			assertThat(rolled.nextPlannedDay()).isEqualTo(expected.nextPlannedDay());
			assertThat(rolled.lastDay()).isEqualTo(expected.lastDay());
			assertThat(rolled.firstDay()).isEqualTo(expected.firstDay());
			assertThat(rolled.lastLiveDay()).isEqualTo(expected.lastLiveDay());
			assertSameScores(rolled.scoreOn(day), expected.scoreOn(day));
		}
	}

	/**
	 * Random histories with planned rows and "known since" dates, read on random later
	 * days.
	 */
	@Test
	void equalsAFullRecomputeOnRandomHistories() {
		Random random = new Random(42);
		for (int history = 0; history < 2000; history++) {
			List<ScoredInteraction> rows = Interactions.randomHistory(random, TODAY, 15);
			LocalDate knownSince = random.nextBoolean() ? daysAgo(random.nextInt(1500)) : null;
			ScoreState state = this.scorer.stateOf(rows, knownSince, TODAY);
			LocalDate readOn = TODAY.plusDays(random.nextInt(400));
			if (state.isReadableOn(readOn)) {
				assertSameScores(state.scoreOn(readOn), this.scorer.readingOn(rows, knownSince, readOn));
			}
		}
	}

	private static void assertSameScores(ScoreReading actual, ScoreReading expected) {
		assertThat(actual.tier()).isEqualTo(expected.tier());
		if (expected.hasHistory()) {
			assertThat(actual.depth()).isCloseTo(expected.depth(), within(1e-6));
			assertThat(actual.bond()).isCloseTo(expected.bond(), within(1e-6));
		}
	}

}
