package dev.rapport.followup;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * A one-tap snooze: "tomorrow", "next week" (the coming Monday) or "next month" (the same
 * day a month on), always after today; {@code key} names its label in the messages.
 */
public record SnoozeOption(String key, LocalDate until) {

	public static List<SnoozeOption> presets(LocalDate today) {
		LocalDate tomorrow = today.plusDays(1);
		LocalDate nextMonday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		// On a Sunday the coming Monday is tomorrow: "next week" then means the Monday
		// after.
		LocalDate nextWeek = nextMonday.equals(tomorrow) ? nextMonday.plusWeeks(1) : nextMonday;
		return List.of(new SnoozeOption("tomorrow", tomorrow), new SnoozeOption("nextWeek", nextWeek),
				new SnoozeOption("nextMonth", today.plusMonths(1)));
	}

}
