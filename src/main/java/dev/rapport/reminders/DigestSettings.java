package dev.rapport.reminders;

import java.time.DayOfWeek;

/**
 * A user's weekly digest: whether it is on, and the day and local hour it goes out.
 * {@code sendWhenQuiet} sends "a quiet week" instead of skipping a digest with nothing in
 * it.
 */
public record DigestSettings(boolean enabled, DayOfWeek dayOfWeek, int hour, boolean sendWhenQuiet) {

	public static final DigestSettings DEFAULT = new DigestSettings(false, DayOfWeek.MONDAY, 7, false);

	public DigestSettingsForm toForm() {
		return new DigestSettingsForm(this.enabled, this.dayOfWeek, this.hour, this.sendWhenQuiet);
	}

}
