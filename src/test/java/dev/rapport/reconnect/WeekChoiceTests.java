package dev.rapport.reconnect;

import java.time.LocalDate;

import dev.rapport.reconnect.ReconnectService.WeekChoice;
import dev.rapport.reconnect.ReconnectService.WeekChoice.When;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one rule for which week a request names, shared by This week's page and the API.
 */
class WeekChoiceTests {

	/** A Wednesday. */
	static final LocalDate TODAY = LocalDate.of(2026, 11, 18);

	static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);

	@Test
	void noDayOrAnyDayOfThisWeekIsThisWeek() {
		assertThat(ReconnectService.chooseWeek(null, TODAY)).isEqualTo(new WeekChoice(MONDAY, When.THIS_WEEK));
		assertThat(ReconnectService.chooseWeek(MONDAY, TODAY)).isEqualTo(new WeekChoice(MONDAY, When.THIS_WEEK));
		assertThat(ReconnectService.chooseWeek(TODAY.plusDays(4), TODAY))
			.isEqualTo(new WeekChoice(MONDAY, When.THIS_WEEK));
	}

	@Test
	void anEarlierWeekIsPastAndALaterOneIsToCome() {
		assertThat(ReconnectService.chooseWeek(MONDAY.minusDays(1), TODAY))
			.isEqualTo(new WeekChoice(MONDAY.minusDays(7), When.PAST));
		assertThat(ReconnectService.chooseWeek(MONDAY.plusDays(7), TODAY))
			.isEqualTo(new WeekChoice(MONDAY.plusDays(7), When.FUTURE));
	}

}
