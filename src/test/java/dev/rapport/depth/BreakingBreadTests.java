package dev.rapport.depth;

import java.time.LocalDate;
import java.util.List;

import dev.rapport.interaction.ContactInteraction;
import dev.rapport.interaction.Direction;
import dev.rapport.interaction.InteractionDay;
import dev.rapport.interaction.InteractionKind;
import dev.rapport.support.TestClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Breaking bread on Wednesday 18 November 2026 (the week began on Monday the 16th). */
class BreakingBreadTests {

	static final LocalDate TODAY = TestClock.TODAY;

	@Test
	void theLastTimeIsTheLatestMealCoffeeOrMeetingNotACallAndNotAPlannedOne() {
		List<ContactInteraction> rows = List.of(row(40, InteractionKind.MEAL), row(20, InteractionKind.COFFEE),
				row(10, InteractionKind.CALL), row(5, InteractionKind.VIDEO), row(3, InteractionKind.MESSAGE),
				row(-2, InteractionKind.MEAL));

		assertThat(BreakingBread.lastBrokeBread(rows, TODAY))
			.contains(new BreakingBread.LastTime(TODAY.minusDays(20), InteractionKind.COFFEE));
	}

	@Test
	void aMeetingInPersonCountsAndOnOneDayTheMealIsNamed() {
		assertThat(BreakingBread.lastBrokeBread(List.of(row(7, InteractionKind.MEETING)), TODAY))
			.contains(new BreakingBread.LastTime(TODAY.minusDays(7), InteractionKind.MEETING));
		assertThat(BreakingBread.lastBrokeBread(List.of(row(1, InteractionKind.COFFEE), row(1, InteractionKind.MEAL)),
				TODAY))
			.contains(new BreakingBread.LastTime(TODAY.minusDays(1), InteractionKind.MEAL));
	}

	@Test
	void neverWithoutAnyMealCoffeeOrMeeting() {
		assertThat(BreakingBread.lastBrokeBread(
				List.of(row(1, InteractionKind.CALL), row(2, InteractionKind.FAVOUR), row(3, InteractionKind.EMAIL)),
				TODAY))
			.isEmpty();
	}

	@Test
	void countsInPersonAndLiveConversationsThisWeekThisMonthAndThisYear() {
		List<InteractionDay> days = List.of(day(0, InteractionKind.COFFEE), // Wednesday:
																			// this week
				day(2, InteractionKind.CALL), // Monday the 16th: this week
				day(3, InteractionKind.MEAL), // Sunday the 15th: this month, last week
				day(17, InteractionKind.VIDEO), // 1 November: this month
				day(18, InteractionKind.MEETING), // 31 October: last month
				day(364, InteractionKind.CALL), // within the last 365 days
				day(365, InteractionKind.CALL), // a day too old
				day(1, InteractionKind.MESSAGE), day(1, InteractionKind.EMAIL), day(1, InteractionKind.SOCIAL),
				day(1, InteractionKind.INTRODUCTION), day(1, InteractionKind.FAVOUR), // not
																						// conversations
				day(-1, InteractionKind.MEAL)); // planned

		BreakingBread.Conversations counts = BreakingBread.conversations(days, TODAY);

		assertThat(counts).isEqualTo(new BreakingBread.Conversations(1, 2, 1, 2, 6));
		assertThat(counts.thisWeek()).isEqualTo(2);
		assertThat(counts.thisMonth()).isEqualTo(4);
	}

	@Test
	void countingStartsAtTheEarliestOfTheYearWeekAndMonth() {
		assertThat(BreakingBread.countingFrom(TODAY)).isEqualTo(TODAY.minusDays(364));
	}

	static ContactInteraction row(long daysAgo, InteractionKind kind) {
		return new ContactInteraction(1, TODAY.minusDays(daysAgo), kind, Direction.MUTUAL);
	}

	static InteractionDay day(long daysAgo, InteractionKind kind) {
		return new InteractionDay(TODAY.minusDays(daysAgo), kind);
	}

}
