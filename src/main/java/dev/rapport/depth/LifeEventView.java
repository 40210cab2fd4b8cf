package dev.rapport.depth;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A life event as pages and the API show it, with the follow-ups it created (null once
 * deleted).
 */
public record LifeEventView(long id, long contactId, LifeEventKind kind, LocalDate date, @Nullable String note,
		@Nullable Long followUpId, @Nullable Long anniversaryFollowUpId) {
}
