package dev.rapport.interaction;

import java.time.LocalDate;

/**
 * One interaction as seen by one participant: the row scoring works from. A group dinner
 * with three people is three of these.
 */
public record ContactInteraction(long contactId, LocalDate date, InteractionKind kind, Direction direction) {
}
