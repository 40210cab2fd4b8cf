package dev.rapport.depth;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When to check in after a life event. Each kind has a delay after the event's day; a
 * check-in that would fall before today (an event logged late) is due today instead. A
 * loss also gets a gentle note {@value #ANNIVERSARY_NOTE_DAYS_BEFORE} days before its
 * first anniversary, when that is still ahead. Pure.
 */
public final class LifeEventCheckIns {

	/** How many days before the first anniversary of a loss the gentle note is due. */
	public static final int ANNIVERSARY_NOTE_DAYS_BEFORE = 7;

	private LifeEventCheckIns() {
	}

	/** Days from the event to the check-in, by kind. */
	public static int delayDays(LifeEventKind kind) {
		return switch (kind) {
			case NEW_JOB -> 28;
			case MOVED, NEW_BABY, GRADUATION, OTHER -> 14;
			case WEDDING -> 28;
			case LOSS, HEALTH -> 7;
		};
	}

	/**
	 * The check-in's due day: the event's day plus the kind's delay, but never before
	 * today.
	 */
	public static LocalDate checkInOn(LifeEventKind kind, LocalDate eventDate, LocalDate today) {
		LocalDate due = eventDate.plusDays(delayDays(kind));
		return due.isBefore(today) ? today : due;
	}

	/**
	 * For a loss: the day of the gentle note before the first anniversary, when it is
	 * still ahead.
	 */
	public static Optional<LocalDate> anniversaryNoteOn(LifeEventKind kind, LocalDate eventDate, LocalDate today) {
		if (kind != LifeEventKind.LOSS) {
			return Optional.empty();
		}
		LocalDate note = eventDate.plusYears(1).minusDays(ANNIVERSARY_NOTE_DAYS_BEFORE);
		return note.isAfter(today) ? Optional.of(note) : Optional.empty();
	}

}
