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
		@NotNull @Min(0) @Max(23) Integer hour, boolean sendWhenQuiet) {

}
