package dev.rapport.reminders;

import java.time.DayOfWeek;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The digest settings as a user sends them; a missing {@code enabled} or
 * {@code sendWhenQuiet} means false.
 */
public record DigestSettingsForm(Boolean enabled, @NotNull DayOfWeek dayOfWeek, @NotNull @Min(0) @Max(23) Integer hour,
		Boolean sendWhenQuiet) {
}
