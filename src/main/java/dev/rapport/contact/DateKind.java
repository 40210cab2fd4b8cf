package dev.rapport.contact;

/**
 * What an important date is. Birthdays remind a week ahead by default (time to send a
 * card), everything else three days ahead.
 */
public enum DateKind {

	BIRTHDAY(7), ANNIVERSARY(3), OTHER(3);

	private final int defaultRemindDaysBefore;

	DateKind(int defaultRemindDaysBefore) {
		this.defaultRemindDaysBefore = defaultRemindDaysBefore;
	}

	public int defaultRemindDaysBefore() {
		return this.defaultRemindDaysBefore;
	}

}
