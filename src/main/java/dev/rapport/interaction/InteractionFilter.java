package dev.rapport.interaction;

import java.time.LocalDate;

/**
 * Which interactions to list: with one contact, and from/to a date (inclusive); null means any.
 */
public record InteractionFilter(Long contactId, LocalDate from, LocalDate to) {
}
