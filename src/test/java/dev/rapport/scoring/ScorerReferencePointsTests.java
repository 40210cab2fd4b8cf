package dev.rapport.scoring;

import java.util.List;

import dev.rapport.interaction.Direction;
import org.junit.jupiter.api.Test;

import static dev.rapport.interaction.InteractionKind.COFFEE;
import static dev.rapport.interaction.InteractionKind.EMAIL;
import static dev.rapport.scoring.Interactions.PROPERTIES;
import static dev.rapport.scoring.Interactions.TODAY;
import static dev.rapport.scoring.Interactions.callsEvery;
import static dev.rapport.scoring.Interactions.daysAgo;
import static dev.rapport.scoring.Interactions.every;
import static dev.rapport.scoring.Interactions.mutual;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The reference points of docs/scoring.md: mutual calls unless said, tenure full. */
class ScorerReferencePointsTests {

	private final Scorer scorer = new Scorer(PROPERTIES);

	private ScoreReading readingOf(List<ScoredInteraction> rows) {
		return this.scorer.readingOn(rows, null, TODAY);
	}

	@Test
	void weeklyCallsForYearsAreInnerCircle() {
		assertOverOneCycle(callsEvery(7, 10, TODAY), 7, 76, 78, 77, Tier.INNER_CIRCLE);
	}

	@Test
	void monthlyCallsAreClose() {
		assertOverOneCycle(callsEvery(30, 10, TODAY), 30, 54, 59, 56, Tier.CLOSE);
	}

	/**
	 * The model's table says S ≈ 58; the formula gives 56.6–57.7 over the week (57 to 58
	 * shown).
	 */
	@Test
	void weeklyEmailOnlyForFiveYearsIsCappedAtActive() {
		assertOverOneCycle(every(7, 5 * 365 / 7, EMAIL, Direction.MUTUAL, TODAY), 7, 57, 58, 57, Tier.ACTIVE);
	}

	@Test
	void oneCoffeeWithANewContactIsAnAcquaintance() {
		ScoreReading reading = readingOf(List.of(mutual(COFFEE, daysAgo(7))));

		assertThat(Math.round(reading.depth())).isEqualTo(41);
		assertThat(Math.round(reading.bond())).isEqualTo(19);
		assertThat(reading.tier()).isEqualTo(Tier.ACQUAINTANCE);
	}

	private void assertOverOneCycle(List<ScoredInteraction> rows, int periodDays, long minDepth, long maxDepth,
			long bond, Tier tier) {
		for (int day = 0; day < periodDays; day++) {
			ScoreReading reading = this.scorer.readingOn(rows, null, TODAY.plusDays(day));
			assertThat(Math.round(reading.depth())).as("S, day %d", day).isBetween(minDepth, maxDepth);
			assertThat(reading.bond()).as("B, day %d", day).isCloseTo(bond, within(1.0));
			assertThat(reading.tier()).as("tier, day %d", day).isEqualTo(tier);
		}
	}

}
