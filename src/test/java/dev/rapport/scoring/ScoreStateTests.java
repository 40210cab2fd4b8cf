package dev.rapport.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
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
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
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
	void aPlannedInteractionStopsReadsFromItsDayUntilTheStateIsRolled() {
		List<ScoredInteraction> rows = List.of(mutual(CALL, daysAgo(3)), mutual(MEAL, TODAY.plusDays(10)));
		ScoreState state = ScoreState.fromRows(rows, null, TODAY, PROPERTIES);

		assertThat(state.nextPlannedDay()).contains(TODAY.plusDays(10));
		assertThat(state.isReadableOn(TODAY.plusDays(9))).isTrue();
		assertThatIllegalStateException().isThrownBy(() -> state.scoreOn(TODAY.plusDays(10)));

		ScoreState rolled = state.rolledTo(TODAY.plusDays(12), () -> rows);

		assertThat(rolled.nextPlannedDay()).isEmpty();
		assertSameScores(rolled.scoreOn(TODAY.plusDays(12)), this.scorer.readingOn(rows, null, TODAY.plusDays(12)));
	}

	@Test
	void rollingWithoutDuePlansNeverReadsTheRows() {
		ScoreState state = ScoreState.fromRows(List.of(mutual(CALL, daysAgo(3))), null, TODAY, PROPERTIES);

		ScoreState rolled = state.rolledTo(TODAY.plusDays(30), () -> {
			throw new AssertionError("rows were read");
		});

		assertThat(rolled.anchor()).isEqualTo(TODAY.plusDays(30));
		assertSameScores(rolled.scoreOn(TODAY.plusDays(40)), state.scoreOn(TODAY.plusDays(40)));
	}

	@Test
	void removingAnInteractionInsideTheHistoryNeverReadsTheRows() {
		List<ScoredInteraction> day = List.of(mutual(CALL, daysAgo(20)), mutual(MESSAGE, daysAgo(20)));
		List<ScoredInteraction> rows = List.of(mutual(MEAL, daysAgo(50)), day.get(0), day.get(1),
				mutual(CALL, daysAgo(2)));
		ScoreState state = ScoreState.fromRows(rows, null, TODAY, PROPERTIES);

		ScoreState removed = state.withRemoved(day.get(1), day, () -> {
			throw new AssertionError("rows were read");
		});

		assertSameScores(removed.scoreOn(TODAY), this.scorer.readingOn(
				List.of(mutual(MEAL, daysAgo(50)), day.get(0), mutual(CALL, daysAgo(2))), null, TODAY));
	}

	@Test
	void rejectsRowsFromAnotherDay() {
		ScoreState state = ScoreState.fromRows(List.of(), null, TODAY, PROPERTIES);

		assertThatIllegalArgumentException()
			.isThrownBy(() -> state.withAdded(mutual(CALL, daysAgo(1)), List.of(mutual(CALL, daysAgo(2)))));
	}

	/**
	 * Random edits, deletes, back-dated and planned rows, "known since" changes and rolls, each
	 * checked against a full recompute from the rows as they are after the change.
	 */
	@Test
	void incrementalChangesEqualAFullRecompute() {
		Random random = new Random(42);
		for (int history = 0; history < 2000; history++) {
			List<ScoredInteraction> rows = new ArrayList<>(Interactions.randomHistory(random, TODAY, 15));
			LocalDate knownSince = random.nextBoolean() ? daysAgo(random.nextInt(1500)) : null;
			ScoreState state = this.scorer.stateOf(rows, knownSince, TODAY);
			for (int change = 0; change < 8; change++) {
				int kind = random.nextInt(10);
				if (kind < 5 || rows.isEmpty()) {
					ScoredInteraction row = Interactions.random(random, state.anchor(), 1 + random.nextInt(1500));
					state = state.withAdded(row, rowsOn(rows, row.day()));
					rows.add(row);
				}
				else if (kind < 8) {
					ScoredInteraction row = rows.get(random.nextInt(rows.size()));
					List<ScoredInteraction> before = rowsOn(rows, row.day());
					rows.remove(row);
					List<ScoredInteraction> after = List.copyOf(rows);
					state = state.withRemoved(row, before, () -> after);
				}
				else if (kind < 9) {
					knownSince = random.nextBoolean() ? daysAgo(random.nextInt(1500)) : null;
					state = state.withKnownSince(knownSince);
				}
				else {
					List<ScoredInteraction> current = List.copyOf(rows);
					state = state.rolledTo(state.anchor().plusDays(random.nextInt(60)), () -> current);
				}
				LocalDate readOn = state.anchor().plusDays(random.nextInt(400));
				if (state.isReadableOn(readOn)) {
					assertSameScores(state.scoreOn(readOn), this.scorer.readingOn(rows, knownSince, readOn));
				}
			}
		}
	}

	private static List<ScoredInteraction> rowsOn(List<ScoredInteraction> rows, LocalDate day) {
		return rows.stream().filter(row -> row.day().equals(day)).toList();
	}

	private static void assertSameScores(ScoreReading actual, ScoreReading expected) {
		assertThat(actual.tier()).isEqualTo(expected.tier());
		if (expected.hasHistory()) {
			assertThat(actual.depth()).isCloseTo(expected.depth(), within(1e-6));
			assertThat(actual.bond()).isCloseTo(expected.bond(), within(1e-6));
		}
	}

}
