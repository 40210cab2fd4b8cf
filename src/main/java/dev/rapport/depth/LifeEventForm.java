package dev.rapport.depth;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A life event as the user logs it. {@code checkInOn} is when to check in; null takes the
 * kind's usual delay ({@link LifeEventCheckIns}).
 */
public record LifeEventForm(@NotNull LifeEventKind kind, @NotNull LocalDate date, @Size(max = 1000) String note,
		LocalDate checkInOn) {

	public static LifeEventForm startingOn(LocalDate today, LifeEventKind kind) {
		return new LifeEventForm(kind, today, "", null);
	}

}
