package dev.rapport.reminders;

import java.time.DayOfWeek;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * What {@link DigestService} saves a user's digest settings from, whoever asks: the
 * settings page's {@link DigestSettingsForm} and the API's request each map onto it (a
 * missing tick box there means false here). {@code hour} is the local hour in the
 * account's time zone.
 */
public record DigestSettingsCommand(boolean enabled, @NotNull DayOfWeek dayOfWeek,
		@NotNull @Min(FIRST_HOUR) @Max(LAST_HOUR) Integer hour, boolean sendWhenQuiet) {

	/** The first local hour a digest can be sent at (midnight). */
	public static final int FIRST_HOUR = 0;

	/** The last local hour a digest can be sent at (23:00). */
	public static final int LAST_HOUR = 23;

}
