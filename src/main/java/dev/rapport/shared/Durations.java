package dev.rapport.shared;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * How a span of whole days is said, in one place for every page, sentence and mail (the
 * rule of {@code docs/scoring.md}, "Durations"): the coarsest unit that stays honest,
 * always rounded down, so "3 months" never means 89 days and the same gap reads the same
 * everywhere. Less than a day is said so; under 14 days in days, under 60 days in weeks,
 * under 730 days in months of 30 days, then years of 365. The words are the
 * {@code duration.*} messages.
 */
public final class Durations {

	private static final int DAYS_UP_TO = 14;

	private static final int WEEKS_UP_TO = 60;

	private static final int MONTHS_UP_TO = 730;

	private static final int DAYS_PER_WEEK = 7;

	private static final int DAYS_PER_MONTH = 30;

	private static final int DAYS_PER_YEAR = 365;

	private Durations() {
	}

	/** The units a span is said in. */
	public enum Unit {

		DAYS, WEEKS, MONTHS, YEARS

	}

	/** A span as said: {@code amount} whole units, rounded down. */
	public record Duration(Unit unit, long amount) {

		/**
		 * {@code duration.days}, {@code duration.weeks}, ...: takes the amount as its
		 * argument.
		 */
		public String messageKey() {
			return "duration." + this.unit.name().toLowerCase(Locale.ROOT);
		}

	}

	public static Duration of(long days) {
		if (days < DAYS_UP_TO) {
			return new Duration(Unit.DAYS, Math.max(0, days));
		}
		if (days < WEEKS_UP_TO) {
			return new Duration(Unit.WEEKS, days / DAYS_PER_WEEK);
		}
		if (days < MONTHS_UP_TO) {
			return new Duration(Unit.MONTHS, days / DAYS_PER_MONTH);
		}
		return new Duration(Unit.YEARS, days / DAYS_PER_YEAR);
	}

	/**
	 * "less than a day", "3 days", "5 weeks", "3 months", "2 years" as a message (key and
	 * amount) for the page, mail or API to say in its locale.
	 */
	public static MessageSourceResolvable spoken(long days) {
		if (days < 1) {
			return new DefaultMessageSourceResolvable("duration.lessThanADay");
		}
		Duration duration = of(days);
		return new DefaultMessageSourceResolvable(new String[] { duration.messageKey() },
				new Object[] { duration.amount() });
	}

	/** "today", "yesterday", "3 days ago", "2 weeks ago", "3 months ago" as a message. */
	public static MessageSourceResolvable ago(long days) {
		if (days == 0) {
			return new DefaultMessageSourceResolvable("duration.today");
		}
		if (days == 1) {
			return new DefaultMessageSourceResolvable("duration.yesterday");
		}
		return new DefaultMessageSourceResolvable(new String[] { "duration.ago" }, new Object[] { spoken(days) });
	}

	/** {@link #spoken} in the locale's words. */
	public static String say(MessageSource messages, long days, Locale locale) {
		return messages.getMessage(spoken(days), locale);
	}

}
