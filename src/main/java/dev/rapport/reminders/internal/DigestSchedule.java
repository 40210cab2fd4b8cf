package dev.rapport.reminders.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

import dev.rapport.reminders.DigestSettings;

/**
 * When a user's digest is due: weeks start on Monday in the user's time zone (as This
 * week's list does), and the digest is due from the chosen day and hour of that week
 * until the week ends. So a digest missed while the app was down still goes out when it
 * starts again in the same week.
 */
public final class DigestSchedule {

	private DigestSchedule() {
	}

	/** The Monday of the user's current week. */
	public static LocalDate weekStartAt(Instant now, ZoneId zone) {
		return now.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	/** The moment this week's digest becomes due. */
	public static Instant dueAt(LocalDate weekStart, DigestSettings settings, ZoneId zone) {
		ZonedDateTime due = weekStart.with(TemporalAdjusters.nextOrSame(settings.dayOfWeek()))
			.atTime(settings.hour(), 0)
			.atZone(zone);
		return due.toInstant();
	}

	/**
	 * The week whose digest is due now, or empty: before the chosen moment, or when the
	 * digest was turned on only after this week's moment had passed (the first one comes
	 * next week).
	 */
	public static Optional<LocalDate> dueWeek(Instant now, ZoneId zone, DigestSettings settings, Instant enabledAt) {
		if (!settings.enabled()) {
			return Optional.empty();
		}
		LocalDate weekStart = weekStartAt(now, zone);
		Instant due = dueAt(weekStart, settings, zone);
		if (now.isBefore(due) || (enabledAt != null && enabledAt.isAfter(due))) {
			return Optional.empty();
		}
		return Optional.of(weekStart);
	}

}
