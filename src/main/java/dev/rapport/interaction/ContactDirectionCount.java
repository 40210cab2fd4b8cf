package dev.rapport.interaction;

/**
 * How many of some interactions one contact took part in with one direction, counted in
 * the database.
 */
public record ContactDirectionCount(long contactId, Direction direction, long count) {
}
