package dev.rapport.reminders;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import dev.rapport.reminders.internal.DigestSchedule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DigestScheduleTests {

	static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");

	static final DigestSettings MONDAY_SEVEN = new DigestSettings(true, DayOfWeek.MONDAY, 7, false);

	static final Instant LONG_AGO = Instant.parse("2026-01-01T00:00:00Z");

	@Test
	void isDueAtSevenOnMondayInTheUsersOwnTimeZone() {
		// Monday 23 November 2026, 07:00 in Auckland (daylight time, UTC+13) is Sunday
		// 18:00 UTC.
		assertThat(DigestSchedule.dueWeek(Instant.parse("2026-11-22T17:59:59Z"), AUCKLAND, MONDAY_SEVEN, LONG_AGO))
			.isEmpty();
		assertThat(DigestSchedule.dueWeek(Instant.parse("2026-11-22T18:00:00Z"), AUCKLAND, MONDAY_SEVEN, LONG_AGO))
			.contains(LocalDate.of(2026, 11, 23));
		assertThat(DigestSchedule.dueWeek(Instant.parse("2026-11-23T07:00:00Z"), ZoneId.of("Europe/Lisbon"),
				MONDAY_SEVEN, LONG_AGO))
			.contains(LocalDate.of(2026, 11, 23));
	}

	@Test
	void staysDueUntilTheWeekEndsSoAMissedDigestStillGoesOut() {
		assertThat(DigestSchedule.dueWeek(Instant.parse("2026-11-29T10:00:00Z"), AUCKLAND, MONDAY_SEVEN, LONG_AGO))
			.contains(LocalDate.of(2026, 11, 23));
		// Monday 30 November, 06:59 in Auckland: a new week whose digest is not due yet.
		assertThat(DigestSchedule.dueWeek(Instant.parse("2026-11-29T17:59:00Z"), AUCKLAND, MONDAY_SEVEN, LONG_AGO))
			.isEmpty();
	}

	@Test
	void honoursTheChosenDayAndHour() {
		DigestSettings fridayEvening = new DigestSettings(true, DayOfWeek.FRIDAY, 18, false);
		assertThat(DigestSchedule.dueWeek(Instant.parse("2026-11-27T04:59:00Z"), AUCKLAND, fridayEvening, LONG_AGO))
			.isEmpty();
		assertThat(DigestSchedule.dueWeek(Instant.parse("2026-11-27T05:00:00Z"), AUCKLAND, fridayEvening, LONG_AGO))
			.contains(LocalDate.of(2026, 11, 23));
	}

	@Test
	void aDigestTurnedOnAfterThisWeeksMomentStartsNextWeek() {
		Instant wednesday = Instant.parse("2026-11-25T09:00:00Z");
		assertThat(DigestSchedule.dueWeek(wednesday.plusSeconds(60), AUCKLAND, MONDAY_SEVEN, wednesday)).isEmpty();
		assertThat(DigestSchedule.dueWeek(Instant.parse("2026-11-29T18:00:00Z"), AUCKLAND, MONDAY_SEVEN, wednesday))
			.contains(LocalDate.of(2026, 11, 30));
	}

	@Test
	void nothingIsDueWhenTheDigestIsOff() {
		assertThat(DigestSchedule.dueWeek(Instant.parse("2026-11-23T12:00:00Z"), AUCKLAND,
				new DigestSettings(false, DayOfWeek.MONDAY, 7, false), LONG_AGO))
			.isEmpty();
	}

}
