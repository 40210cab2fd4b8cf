package dev.rapport.depth;

import dev.rapport.support.TestClock;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LifeEventCheckInsTests {

	static final LocalDate TODAY = TestClock.TODAY;

	@Test
	void eachKindHasItsDelay() {
		assertThat(LifeEventCheckIns.checkInOn(LifeEventKind.NEW_JOB, TODAY, TODAY)).isEqualTo(TODAY.plusWeeks(4));
		assertThat(LifeEventCheckIns.checkInOn(LifeEventKind.WEDDING, TODAY, TODAY)).isEqualTo(TODAY.plusWeeks(4));
		assertThat(LifeEventCheckIns.checkInOn(LifeEventKind.MOVED, TODAY, TODAY)).isEqualTo(TODAY.plusWeeks(2));
		assertThat(LifeEventCheckIns.checkInOn(LifeEventKind.NEW_BABY, TODAY, TODAY)).isEqualTo(TODAY.plusWeeks(2));
		assertThat(LifeEventCheckIns.checkInOn(LifeEventKind.GRADUATION, TODAY, TODAY)).isEqualTo(TODAY.plusWeeks(2));
		assertThat(LifeEventCheckIns.checkInOn(LifeEventKind.OTHER, TODAY, TODAY)).isEqualTo(TODAY.plusWeeks(2));
		assertThat(LifeEventCheckIns.checkInOn(LifeEventKind.LOSS, TODAY, TODAY)).isEqualTo(TODAY.plusWeeks(1));
		assertThat(LifeEventCheckIns.checkInOn(LifeEventKind.HEALTH, TODAY, TODAY)).isEqualTo(TODAY.plusWeeks(1));
	}

	@Test
	void anEventLoggedLateIsCheckedOnTodayAndAPlannedOneAfterItHappens() {
		assertThat(LifeEventCheckIns.checkInOn(LifeEventKind.NEW_JOB, TODAY.minusDays(40), TODAY)).isEqualTo(TODAY);
		assertThat(LifeEventCheckIns.checkInOn(LifeEventKind.NEW_JOB, TODAY.minusDays(20), TODAY))
			.isEqualTo(TODAY.plusDays(8));
		assertThat(LifeEventCheckIns.checkInOn(LifeEventKind.WEDDING, TODAY.plusDays(60), TODAY))
			.isEqualTo(TODAY.plusDays(88));
	}

	@Test
	void aLossGetsAGentleNoteAWeekBeforeItsFirstAnniversaryWhileThatIsAhead() {
		assertThat(LifeEventCheckIns.anniversaryNoteOn(LifeEventKind.LOSS, TODAY.minusDays(10), TODAY))
			.contains(TODAY.minusDays(10).plusYears(1).minusDays(7));
		assertThat(LifeEventCheckIns.anniversaryNoteOn(LifeEventKind.LOSS, TODAY.minusDays(360), TODAY)).isEmpty();
		assertThat(LifeEventCheckIns.anniversaryNoteOn(LifeEventKind.MOVED, TODAY, TODAY)).isEmpty();
	}

}
