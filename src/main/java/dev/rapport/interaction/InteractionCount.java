package dev.rapport.interaction;

import java.time.LocalDate;

/**
 * How many of one contact's interactions fell on one day with one kind and direction: a
 * contact's rows, counted rather than listed, for views that need the days but not each
 * row.
 */
public record InteractionCount(LocalDate date, InteractionKind kind, Direction direction, long count) {
}
