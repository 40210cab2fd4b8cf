package dev.rapport.contact;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An important date as a user enters it. {@code date} is {@code 1990-12-24} or
 * {@code --12-24}; a missing {@code remindDaysBefore} takes the kind's default;
 * {@code label} is required for {@link DateKind#OTHER} ("Name day", "Sobriety date") and
 * optional otherwise.
 */
public record ImportantDateForm(@NotNull DateKind kind, @Size(max = ContactLimits.DATE_LABEL) String label,
		@NotBlank @YearlyDateText String date, @Min(0) @Max(60) Integer remindDaysBefore, Long version) {

	public static ImportantDateForm empty() {
		return new ImportantDateForm(DateKind.BIRTHDAY, "", "", null, null);
	}

}
