package dev.rapport.interaction;

import java.time.LocalDate;

/**
 * Which interactions to list: with one contact, of one kind, and from/to a date
 * (inclusive); null means any.
 */
public record InteractionFilter(Long contactId, InteractionKind kind, LocalDate from, LocalDate to) {

	public InteractionFilter(Long contactId, LocalDate from, LocalDate to) {
		this(contactId, null, from, to);
	}

}
