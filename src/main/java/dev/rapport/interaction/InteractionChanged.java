package dev.rapport.interaction;

import java.util.Set;

/**
 * An interaction was edited or deleted, or its participants changed;
 * {@code affectedContactIds} holds its participants before and after, whose derived data
 * must be brought up to date.
 */
public record InteractionChanged(long ownerId, long interactionId, Set<Long> affectedContactIds) {
}
