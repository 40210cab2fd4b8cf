package dev.rapport.reminders;

import java.time.DayOfWeek;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The digest settings as the settings page sends them; a missing {@code enabled} or
 * {@code sendWhenQuiet} (an unticked box) means false. {@link #toCommand()} turns it into
 * what the service takes.
 */
public record DigestSettingsForm(Boolean enabled, @NotNull DayOfWeek dayOfWeek,
		@NotNull @Min(DigestSettingsCommand.FIRST_HOUR) @Max(DigestSettingsCommand.LAST_HOUR) Integer hour,
		Boolean sendWhenQuiet) {

	public DigestSettingsCommand toCommand() {
		return new DigestSettingsCommand(Boolean.TRUE.equals(this.enabled), this.dayOfWeek, this.hour,
				Boolean.TRUE.equals(this.sendWhenQuiet));
	}

}
