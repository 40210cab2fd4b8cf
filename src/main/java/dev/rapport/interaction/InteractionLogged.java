package dev.rapport.interaction;

import java.time.LocalDate;
import java.util.Set;

/**
 * A new interaction was logged (published inside the logging transaction).
 */
public record InteractionLogged(long ownerId, long interactionId, LocalDate date, InteractionKind kind,
		Direction direction, Set<Long> participantIds) {
}
