package dev.rapport.reminders;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the weekly digest is sent ({@code rapport.reminders.*}). The address in its links
 * and in the calendar feed's URL is the app's one public address,
 * {@code rapport.base-url} ({@link dev.rapport.shared.PublicLinks}).
 *
 * @param from the digest's sender
 * @param firstRetry the wait after a failed send, doubled on each failure up to
 * {@code longestRetry}
 */
@ConfigurationProperties("rapport.reminders")
@Validated
public record RemindersProperties(@DefaultValue("Rapport <rapport@localhost>") String from,
		@DefaultValue("PT1M") Duration firstRetry, @DefaultValue("PT1H") Duration longestRetry) {

}
