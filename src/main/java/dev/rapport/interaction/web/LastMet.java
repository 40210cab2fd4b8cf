package dev.rapport.interaction.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * "When did you last meet?" on the "I know these people" step, answered the way people
 * remember it rather than as a date. Each answer is logged on one day:
 * <ul>
 * <li>this month: halfway between the 1st of this month and today;</li>
 * <li>this year: halfway between 1 January and the 1st of this month (1 January in
 * January);</li>
 * <li>longer ago: 1 July of last year;</li>
 * <li>don't remember: 1 January of the year before last, so the person has a history that
 * weighs little and the next real interaction counts for much more.</li>
 * </ul>
 */
public enum LastMet {

	THIS_MONTH, THIS_YEAR, LONGER_AGO, DONT_REMEMBER;

	LocalDate dayFor(LocalDate today) {
		return switch (this) {
			case THIS_MONTH -> halfway(today.withDayOfMonth(1), today);
			case THIS_YEAR -> halfway(today.withDayOfYear(1), today.withDayOfMonth(1));
			case LONGER_AGO -> LocalDate.of(today.getYear() - 1, 7, 1);
			case DONT_REMEMBER -> LocalDate.of(today.getYear() - 2, 1, 1);
		};
	}

	/** The answer a form sent, or null for none (or anything unreadable). */
	static LastMet of(String text) {
		if (text == null) {
			return null;
		}
		try {
			return valueOf(text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static LocalDate halfway(LocalDate from, LocalDate to) {
		return from.plusDays(ChronoUnit.DAYS.between(from, to) / 2);
	}

}
