package dev.rapport.scoring;

import dev.rapport.shared.Durations;

/**
 * Whole-day periods in rough English for the explanation sentence, by the one rule of
 * {@link Durations}: exact for two weeks, then weeks up to two months, months up to two
 * years, then years, rounded down so "2 weeks" never means 13 days.
 */
final class Humanised {

	private Humanised() {
	}

	/**
	 * "today", "yesterday", "3 days ago", "2 weeks ago", "3 months ago", "2 years ago".
	 */
	static String ago(long days) {
		if (days == 0) {
			return "today";
		}
		return (days == 1) ? "yesterday" : duration(days) + " ago";
	}

	/**
	 * "less than a day", "1 day", "3 weeks", "6 months", "2 years": the unit and amount
	 * of {@link Durations}, so the sentence says a gap as every page does.
	 */
	static String duration(long days) {
		if (days < 1) {
			return "less than a day";
		}
		Durations.Duration duration = Durations.of(days);
		return count(duration.amount(), switch (duration.unit()) {
			case DAYS -> "day";
			case WEEKS -> "week";
			case MONTHS -> "month";
			case YEARS -> "year";
		});
	}

	/** "1 contact", "13 contacts". */
	static String count(long n, String noun) {
		return n + " " + ((n == 1) ? noun : noun + "s");
	}

}
