package dev.rapport.scoring;

/**
 * Whole-day periods in rough English: exact for two weeks, then weeks up to two months, months up
 * to two years, then years. Counts are rounded down so "2 weeks" never means 13 days.
 */
final class Humanised {

	private static final int DAYS_PER_WEEK = 7;

	private static final int DAYS_PER_MONTH = 30;

	private static final int DAYS_PER_YEAR = 365;

	private Humanised() {
	}

	/** "today", "yesterday", "3 days ago", "2 weeks ago", "3 months ago", "2 years ago". */
	static String ago(long days) {
		if (days == 0) {
			return "today";
		}
		return (days == 1) ? "yesterday" : duration(days) + " ago";
	}

	/** "less than a day", "1 day", "3 weeks", "6 months", "2 years". */
	static String duration(long days) {
		if (days < 1) {
			return "less than a day";
		}
		if (days < 2 * DAYS_PER_WEEK) {
			return count(days, "day");
		}
		if (days < 2 * DAYS_PER_MONTH) {
			return count(days / DAYS_PER_WEEK, "week");
		}
		if (days < 2 * DAYS_PER_YEAR) {
			return count(days / DAYS_PER_MONTH, "month");
		}
		return count(days / DAYS_PER_YEAR, "year");
	}

	/** "1 contact", "13 contacts". */
	static String count(long n, String noun) {
		return n + " " + ((n == 1) ? noun : noun + "s");
	}

}
