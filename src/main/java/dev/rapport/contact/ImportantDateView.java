package dev.rapport.contact;

/**
 * One important date of a contact. {@code label} is null when the kind says it all (a
 * birthday).
 */
public record ImportantDateView(long id, long contactId, DateKind kind, String label, YearlyDate date,
		int remindDaysBefore, long version) {

	public ImportantDateForm toForm() {
		return new ImportantDateForm(this.kind, this.label, this.date.toString(), this.remindDaysBefore, this.version);
	}

}
