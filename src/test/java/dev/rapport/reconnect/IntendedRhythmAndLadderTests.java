package dev.rapport.reconnect;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.rapport.interaction.Direction;
import dev.rapport.interaction.InteractionKind;
import dev.rapport.reconnect.WeeklyListPicker.Candidate;
import dev.rapport.reconnect.WeeklyListPicker.Pick;
import dev.rapport.scoring.ScoredInteraction;
import dev.rapport.scoring.Scorer;
import dev.rapport.scoring.ScoringProperties;
import dev.rapport.scoring.Tier;
import org.junit.jupiter.api.Test;

import static dev.rapport.reconnect.WeeklyListPickerTests.TODAY;
import static dev.rapport.reconnect.WeeklyListPickerTests.monthlyCallsEndingDaysAgo;
import static dev.rapport.reconnect.WeeklyListPickerTests.row;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * This week with the rhythm the user intends, and the suggestion to step up from messages
 * to a call or a coffee. Today is Wednesday 18 November 2026.
 */
class IntendedRhythmAndLadderTests {

	final ScoringProperties properties = ScoringProperties.defaults();

	final WeeklyListPicker picker = new WeeklyListPicker(new Scorer(this.properties), this.properties);

	@Test
	void anIntendedRhythmMakesSomeoneDueBeforeTheLearnedOneWould() {
		// Quarterly calls: 40 days since the last is within the learned rhythm...
		List<ScoredInteraction> rows = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			rows.add(row(40 + 90L * i, InteractionKind.CALL, Direction.MUTUAL));
		}
		assertThat(this.picker.pick(List.of(candidate(rows, null)), TODAY)).isEmpty();

		// ...but not within the monthly rhythm the user wants.
		List<Pick> picks = this.picker.pick(List.of(candidate(rows, 30)), TODAY);

		assertThat(picks).singleElement().satisfies(pick -> {
			assertThat(pick.bucket()).isEqualTo(SuggestionBucket.KEEP_WARM);
			assertThat(pick.reason().intended()).isTrue();
			assertThat(pick.reason().cadenceDays()).isEqualTo(30.0);
			assertThat(pick.reason().overdue()).isEqualTo(40 / 30.0);
		});
	}

	@Test
	void aLooserIntendedRhythmLeavesSomeoneOffTheList() {
		List<Candidate> monthlyButYearlyIntent = List.of(candidate(monthlyCallsEndingDaysAgo(95), 365));

		assertThat(this.picker.pick(monthlyButYearlyIntent, TODAY)).isEmpty();
	}

	@Test
	void aLearnedRhythmIsNotCalledIntended() {
		assertThat(this.picker.pick(List.of(candidate(monthlyCallsEndingDaysAgo(95), null)), TODAY)).singleElement()
			.satisfies(pick -> assertThat(pick.reason().intended()).isFalse());
	}

	@Test
	void suggestsAStepUpForACloseFriendKeptOnlyByMessagesForThreeMonths() {
		List<ScoredInteraction> rows = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			rows.add(row(100 + 14L * i, InteractionKind.COFFEE, Direction.MUTUAL));
		}
		for (long daysAgo = 95; daysAgo >= 50; daysAgo -= 15) {
			rows.add(row(daysAgo, InteractionKind.MESSAGE, Direction.MUTUAL));
		}

		assertThat(this.picker.pick(List.of(candidate(rows, null)), TODAY)).singleElement().satisfies(pick -> {
			assertThat(pick.bucket()).isEqualTo(SuggestionBucket.KEEP_WARM);
			assertThat(pick.reason().textOnlySince()).isEqualTo(TODAY.minusDays(95));
		});
	}

	@Test
	void theLadderAppliesOnlyToCloseAndActiveTiersAfterNinetyDaysOfTextOnly() {
		List<ScoredInteraction> rows = List.of(row(120, InteractionKind.CALL, Direction.MUTUAL),
				row(100, InteractionKind.EMAIL, Direction.ME), row(10, InteractionKind.SOCIAL, Direction.THEM));

		assertThat(LadderRule.textOnlySince(rows, Tier.CLOSE, TODAY)).isEqualTo(TODAY.minusDays(100));
		assertThat(LadderRule.textOnlySince(rows, Tier.ACTIVE, TODAY)).isEqualTo(TODAY.minusDays(100));
		assertThat(LadderRule.textOnlySince(rows, Tier.INNER_CIRCLE, TODAY)).isNull();
		assertThat(LadderRule.textOnlySince(rows, Tier.ACQUAINTANCE, TODAY)).isNull();
		assertThat(LadderRule.textOnlySince(rows, Tier.DORMANT, TODAY)).isNull();
	}

	@Test
	void aCallWithinNinetyDaysMeansNoStepUpIsNeeded() {
		List<ScoredInteraction> rows = List.of(row(90, InteractionKind.VIDEO, Direction.MUTUAL),
				row(30, InteractionKind.MESSAGE, Direction.ME));
		List<ScoredInteraction> oneDayMore = List.of(row(91, InteractionKind.VIDEO, Direction.MUTUAL),
				row(30, InteractionKind.MESSAGE, Direction.ME));

		assertThat(LadderRule.textOnlySince(rows, Tier.CLOSE, TODAY)).isNull();
		assertThat(LadderRule.textOnlySince(oneDayMore, Tier.CLOSE, TODAY)).isEqualTo(TODAY.minusDays(30));
	}

	@Test
	void noStepUpWithoutARecentMessageOrWhenOnlyAPlannedOneIsComing() {
		List<ScoredInteraction> silent = List.of(row(200, InteractionKind.CALL, Direction.MUTUAL),
				row(150, InteractionKind.MESSAGE, Direction.ME));
		List<ScoredInteraction> plannedOnly = List.of(row(200, InteractionKind.CALL, Direction.MUTUAL),
				new ScoredInteraction(TODAY.plusDays(3), InteractionKind.MESSAGE, Direction.ME));
		List<ScoredInteraction> servicesIgnored = List.of(row(200, InteractionKind.CALL, Direction.MUTUAL),
				row(20, InteractionKind.FAVOUR, Direction.THEM));

		assertThat(LadderRule.textOnlySince(silent, Tier.ACTIVE, TODAY)).isNull();
		assertThat(LadderRule.textOnlySince(plannedOnly, Tier.ACTIVE, TODAY)).isNull();
		assertThat(LadderRule.textOnlySince(servicesIgnored, Tier.ACTIVE, TODAY)).isNull();
	}

	@Test
	void textOnlyFromTheStartCountsFromTheFirstMessage() {
		List<ScoredInteraction> rows = List.of(row(300, InteractionKind.EMAIL, Direction.ME),
				row(5, InteractionKind.MESSAGE, Direction.THEM));

		assertThat(LadderRule.textOnlySince(rows, Tier.ACTIVE, LocalDate.of(2026, 11, 18)))
			.isEqualTo(TODAY.minusDays(300));
	}

	/**
	 * Today's reading comes from the rows here, as the scoring read API would give it.
	 */
	private static Candidate candidate(List<ScoredInteraction> rows, Integer intendedDays) {
		return new Candidate(1, rows, null, true, null, WeeklyListPickerTests.readingOf(rows), intendedDays);
	}

}
