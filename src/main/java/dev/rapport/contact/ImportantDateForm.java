package dev.rapport.contact;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An important date as a user enters it on the contact page, with the limits the page
 * shows as field messages (those of {@link ImportantDateCommand}). {@code date} is
 * {@code 1990-12-24} or {@code --12-24}; a missing {@code remindDaysBefore} takes the
 * kind's default; {@code label} is required for {@link DateKind#OTHER} ("Name day",
 * "Sobriety date") and optional otherwise. {@link #toCommand()} turns it into what the
 * service takes.
 */
public record ImportantDateForm(@NotNull DateKind kind, @Size(max = ContactLimits.DATE_LABEL) String label,
		@NotBlank @YearlyDateText String date,
		@Min(0) @Max(ImportantDateCommand.MAX_REMIND_DAYS_BEFORE) Integer remindDaysBefore, Long version) {

	public static ImportantDateForm empty() {
		return new ImportantDateForm(DateKind.BIRTHDAY, "", "", null, null);
	}

	public ImportantDateCommand toCommand() {
		return new ImportantDateCommand(this.kind, this.label, this.date, this.remindDaysBefore, this.version);
	}

}
