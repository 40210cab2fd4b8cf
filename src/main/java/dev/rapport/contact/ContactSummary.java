package dev.rapport.contact;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of the contact list.
 */
public record ContactSummary(long id, String displayName, String company, String position, String email,
		List<String> tags, LocalDate lastInteractionOn, LocalDate connectedOn, boolean archived) {
}
