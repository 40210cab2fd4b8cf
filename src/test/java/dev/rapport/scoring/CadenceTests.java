package dev.rapport.scoring;

import java.util.ArrayList;
import java.util.List;

import dev.rapport.interaction.Direction;
import org.junit.jupiter.api.Test;

import static dev.rapport.interaction.InteractionKind.CALL;
import static dev.rapport.interaction.InteractionKind.MESSAGE;
import static dev.rapport.scoring.Interactions.PROPERTIES;
import static dev.rapport.scoring.Interactions.TODAY;
import static dev.rapport.scoring.Interactions.daysAgo;
import static dev.rapport.scoring.Interactions.every;
import static dev.rapport.scoring.Interactions.mutual;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CadenceTests {

	private static Cadence cadenceOf(List<ScoredInteraction> rows, double bond) {
		return Cadence.of(rows, bond, TODAY, PROPERTIES);
	}

	@Test
	void withoutGapsIsThePriorOfTheBondsBand() {
		List<ScoredInteraction> oneDay = List.of(mutual(CALL, daysAgo(4)), mutual(MESSAGE, daysAgo(4)));

		assertThat(cadenceOf(oneDay, 80).days()).isEqualTo(7);
		assertThat(cadenceOf(oneDay, 60).days()).isEqualTo(30);
		assertThat(cadenceOf(oneDay, 40).days()).isEqualTo(90);
		assertThat(cadenceOf(List.of(), 10).days()).isEqualTo(365);
		assertThat(cadenceOf(oneDay, 10).medianGapDays()).isNull();
	}

	@Test
	void blendsTheMedianGapWithThePriorWeightedAsTwoGaps() {
		List<ScoredInteraction> everyTenDays = every(10, 4, CALL, Direction.MUTUAL, TODAY);

		Cadence cadence = cadenceOf(everyTenDays, 60);

		assertThat(cadence.gapCount()).isEqualTo(3);
		assertThat(cadence.medianGapDays()).isEqualTo(10);
		assertThat(cadence.days()).isCloseTo(Math.exp((3 * Math.log(10) + 2 * Math.log(30)) / 5), within(1e-9));
	}

	@Test
	void aRhythmMatchingThePriorStaysThere() {
		assertThat(cadenceOf(every(30, 12, CALL, Direction.MUTUAL, TODAY), 60).days()).isCloseTo(30, within(1e-9));
	}

	@Test
	void usesOnlyTheLastTenGaps() {
		List<ScoredInteraction> rows = new ArrayList<>(every(100, 5, CALL, Direction.MUTUAL, daysAgo(22)));
		rows.addAll(every(2, 11, CALL, Direction.MUTUAL, TODAY));

		Cadence cadence = cadenceOf(rows, 80);

		assertThat(cadence.gapCount()).isEqualTo(10);
		assertThat(cadence.medianGapDays()).isEqualTo(2);
	}

	@Test
	void ignoresDaysOutsideTheTwoYearWindow() {
		List<ScoredInteraction> rows = List.of(mutual(CALL, daysAgo(900)), mutual(CALL, daysAgo(730)),
				mutual(CALL, daysAgo(700)));

		Cadence cadence = cadenceOf(rows, 10);

		assertThat(cadence.gapCount()).isEqualTo(1);
		assertThat(cadence.medianGapDays()).isEqualTo(30);
	}

	@Test
	void countsEachDayOnceAndAveragesTheMiddleTwoOfAnEvenCount() {
		List<ScoredInteraction> rows = List.of(mutual(CALL, daysAgo(20)), mutual(MESSAGE, daysAgo(20)),
				mutual(CALL, daysAgo(16)), mutual(CALL, daysAgo(10)), mutual(CALL, daysAgo(2)),
				mutual(MESSAGE, daysAgo(2)), mutual(CALL, TODAY));

		Cadence cadence = cadenceOf(rows, 80);

		assertThat(cadence.gapCount()).isEqualTo(4);
		assertThat(cadence.medianGapDays()).isEqualTo(5);
	}

	@Test
	void ignoresPlannedInteractions() {
		List<ScoredInteraction> rows = List.of(mutual(CALL, daysAgo(10)), mutual(CALL, TODAY),
				mutual(CALL, TODAY.plusDays(1)));

		assertThat(cadenceOf(rows, 60).gapCount()).isEqualTo(1);
	}

}
