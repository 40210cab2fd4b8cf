package dev.rapport.interaction;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One contact's interaction days around a day, aggregated in the database: the latest on
 * or before it and the earliest after it (planned), each null when there is none.
 */
public record ContactLatest(long contactId, @Nullable LocalDate lastOnOrBefore, @Nullable LocalDate firstAfter) {
}
