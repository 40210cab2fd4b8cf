package dev.rapport.scoring;

import java.time.LocalDate;
import java.util.List;
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
