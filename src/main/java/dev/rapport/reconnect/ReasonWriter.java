package dev.rapport.reconnect;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

import dev.rapport.shared.Durations;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns a suggestion's facts into its one sentence, from
 * {@code messages/reconnect.properties}. Sentences invite ("a chance to reply"), never
 * accuse. They are written when the week is computed and kept with it, like the rest of
 * the week.
 */
@Component
class ReasonWriter {

	/** A rhythm under two months is said in days ("every 30 days"), as people say it. */
	private static final int WEEKS_UP_TO = 60;

	private final MessageSource messages;

	private final Clock clock;

	ReasonWriter(MessageSource messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	String sentence(String name, SuggestionReason reason) {
		Locale locale = LocaleContextHolder.getLocale();
		return switch (reason.bucket()) {
			case OWED_REPLY -> message(locale,
					reason.theirsWasService() ? "reconnect.reason.owedFavour" : "reconnect.reason.owedReply", name,
					ago(reason.daysSinceTheirs(), locale));
			case KEEP_WARM -> keepWarm(reason, locale);
			case REKINDLE -> message(locale, "reconnect.reason.rekindle", duration(reason.daysSinceLast(), locale));
		};
	}

	/**
	 * A step up the ladder comes first (it says what to do), then the rhythm the user
	 * chose, then the learned one.
	 */
	private String keepWarm(SuggestionReason reason, Locale locale) {
		if (reason.textOnlySince() != null) {
			LocalDate since = reason.textOnlySince();
			String month = since.format(DateTimeFormatter
				.ofPattern(since.getYear() == LocalDate.now(this.clock).getYear() ? "MMMM" : "MMMM yyyy", locale));
			return message(locale, "reconnect.reason.stepUp", month);
		}
		if (reason.intended()) {
			return message(locale, "reconnect.reason.intended",
					message(locale, "reconnect.intent." + Math.round(reason.cadenceDays())),
					duration(reason.daysSinceLast(), locale));
		}
		return message(locale, "reconnect.reason.keepWarm", rhythm(reason.cadenceDays(), locale),
				duration(reason.daysSinceLast(), locale), reason.overdue());
	}

	/**
	 * "Ana's birthday is today", "... is on Thursday": a gentle reason to get in touch.
	 */
	String birthday(String name, LocalDate on, LocalDate today) {
		Locale locale = LocaleContextHolder.getLocale();
		if (on.equals(today)) {
			return message(locale, "reconnect.reason.birthdayToday", name);
		}
		return message(locale, "reconnect.reason.birthday", name,
				on.getDayOfWeek().getDisplayName(TextStyle.FULL, locale));
	}

	/**
	 * "30 days" below two months, then "3 months", "2 years": how people say a rhythm.
	 */
	private String rhythm(double cadenceDays, Locale locale) {
		long days = Math.max(1, Math.round(cadenceDays));
		return (days < WEEKS_UP_TO) ? message(locale, "duration.days", days) : duration(days, locale);
	}

	String duration(long days, Locale locale) {
		return Durations.say(this.messages, days, locale);
	}

	/** "today", "yesterday", "5 days ago": said as on every other page. */
	private String ago(long days, Locale locale) {
		return this.messages.getMessage(Durations.ago(days), locale);
	}

	private String message(Locale locale, String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
