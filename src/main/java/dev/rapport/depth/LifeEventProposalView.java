package dev.rapport.depth;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A new job an import noticed (the company changed), waiting to be logged or dismissed.
 */
public record LifeEventProposalView(long id, long contactId, LifeEventKind kind, LocalDate noticedOn,
		@Nullable String fromCompany, @Nullable String toCompany) {
}
