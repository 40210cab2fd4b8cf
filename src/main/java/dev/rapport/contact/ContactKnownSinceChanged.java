package dev.rapport.contact;

import java.time.LocalDate;

/**
 * The user changed when they met a contact (published inside the editing transaction):
 * tenure in the scores depends on it.
 */
public record ContactKnownSinceChanged(long ownerId, long contactId, LocalDate knownSince) {
}
