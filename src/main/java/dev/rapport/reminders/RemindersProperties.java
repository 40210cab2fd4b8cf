package dev.rapport.reminders;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the app is reached from outside ({@code rapport.base-url}, for links in emails and the
 * feed URL) and how the digest is sent ({@code rapport.reminders.*}).
 */
@ConfigurationProperties("rapport")
@Validated
public record RemindersProperties(@NotNull @DefaultValue("http://localhost:8080") URI baseUrl,
		@DefaultValue Reminders reminders) {

	/**
	 * @param from the digest's sender
	 * @param firstRetry the wait after a failed send, doubled on each failure up to {@code longestRetry}
	 */
	public record Reminders(@DefaultValue("Rapport <rapport@localhost>") String from,
			@DefaultValue("PT1M") Duration firstRetry, @DefaultValue("PT1H") Duration longestRetry) {
	}

	/** An absolute link into the app, for a path such as {@code /reconnect}. */
	public String link(String path) {
		String base = this.baseUrl.toString();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
	}

}
