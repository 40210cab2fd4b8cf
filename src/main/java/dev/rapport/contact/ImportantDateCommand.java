package dev.rapport.contact;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What {@link ImportantDateService} adds or replaces an important date from, whoever
 * asks: the page's {@link ImportantDateForm} and the API's request each map onto it, and
 * the depth features build it directly. {@code date} is {@code 1990-12-24} or
 * {@code --12-24}; a missing {@code remindDaysBefore} takes the kind's default;
 * {@code label} is required for {@link DateKind#OTHER} ("Name day", "Sobriety date") and
 * optional otherwise; {@code version} is the one the client read, or null for a new date.
 * The limits are the form's, which the page shows as field messages.
 */
public record ImportantDateCommand(@NotNull DateKind kind, @Size(max = ContactLimits.DATE_LABEL) String label,
		@NotBlank @YearlyDateText String date,
		@Min(0) @Max(ImportantDateCommand.MAX_REMIND_DAYS_BEFORE) Integer remindDaysBefore, Long version) {

	/** The most days ahead a reminder may come. */
	public static final int MAX_REMIND_DAYS_BEFORE = 60;

}
