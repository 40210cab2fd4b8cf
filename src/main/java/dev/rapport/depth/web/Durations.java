package dev.rapport.depth.web;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * How people say a span of days: "3 days", "5 weeks", "4 months", "2 years". The page renders
 * {@code depth.duration.<unit>} with the amount.
 */
final class Durations {

	private static final int DAYS_UP_TO = 14;

	private static final int WEEKS_UP_TO = 60;

	private static final int MONTHS_UP_TO = 548;

	private Durations() {
	}

	record Duration(String unit, long amount) {

		String messageKey() {
			return "depth.duration." + this.unit;
		}

	}

	static String say(MessageSource messages, long days, Locale locale) {
		Duration duration = of(days);
		return messages.getMessage(duration.messageKey(), new Object[] { duration.amount() }, locale);
	}

	static Duration of(long days) {
		if (days < DAYS_UP_TO) {
			return new Duration("days", days);
		}
		if (days < WEEKS_UP_TO) {
			return new Duration("weeks", Math.round(days / 7.0));
		}
		if (days < MONTHS_UP_TO) {
			return new Duration("months", Math.round(days / 30.0));
		}
		return new Duration("years", Math.round(days / 365.0));
	}

}
