package dev.rapport.api;

import dev.rapport.contact.DateKind;
import dev.rapport.contact.ImportantDateCommand;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An important date as a script sends it: the API's own record, mapped onto the service's
 * {@link ImportantDateCommand}, which holds the constraints (the same as the contact
 * page's form). {@code version} is required on updates.
 */
record ImportantDateRequest(@Schema(description = "Required for OTHER, such as \"Name day\"") String label,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) DateKind kind,
		@Schema(description = "1990-12-24, or --12-24 when the year is not known; 29 February is remembered "
				+ "on 28 February in other years", example = "--12-24",
				requiredMode = Schema.RequiredMode.REQUIRED) String date,
		@Schema(description = "0-60; default 7 for birthdays, 3 otherwise") Integer remindDaysBefore, Long version) {

	ImportantDateCommand toCommand() {
		return new ImportantDateCommand(this.kind, this.label, this.date, this.remindDaysBefore, this.version);
	}

}
