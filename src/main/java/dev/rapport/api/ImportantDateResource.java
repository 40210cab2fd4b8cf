package dev.rapport.api;

import dev.rapport.contact.DateKind;
import dev.rapport.contact.ImportantDateView;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An important date on the wire; {@code label} is null when the kind says it all.
 */
record ImportantDateResource(long id, long contactId, String label, DateKind kind,
		@Schema(description = "1990-12-24, or --12-24 when the year is not known", example = "--12-24") String date,
		@Schema(description = "Days ahead the reminder comes (0-60)") int remindDaysBefore, long version) {

	static ImportantDateResource of(ImportantDateView date) {
		return new ImportantDateResource(date.id(), date.contactId(), date.label(), date.kind(), date.date().toString(),
				date.remindDaysBefore(), date.version());
	}

}
