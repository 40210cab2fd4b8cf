package dev.rapport.contact;

import java.time.LocalDate;

/**
 * An important date as it next comes round: on which day, how many days away, and the
 * years it marks when known ({@code years} 40 on a birthday means turning 40; null when
 * the year is not known).
 */
public record UpcomingDate(long dateId, long contactId, String contactName, DateKind kind, String label,
		YearlyDate date, LocalDate on, long daysAway, Integer years, int remindDaysBefore) {

	/**
	 * Whether the user asked to be reminded by now (within "remind me N days before").
	 */
	public boolean withinReminder() {
		return this.daysAway <= this.remindDaysBefore;
	}

}
